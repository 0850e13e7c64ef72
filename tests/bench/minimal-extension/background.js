// The bench's baseline background: appends the times of each keystrokes report to
// chrome.storage.local, nothing else. Each report goes under a key of its own, so storing one
// costs the same however many came before (no read-modify-write of a growing list).
let received = 0;

chrome.runtime.onMessage.addListener((message) => {
  if (message?.type !== 'keystrokes' || !Array.isArray(message.times)) return;
  received += 1;
  // Date.now() keeps keys apart across worker restarts, the counter within one worker.
  void chrome.storage.local.set({ [`keystrokes-${Date.now()}-${received}`]: message.times });
});
