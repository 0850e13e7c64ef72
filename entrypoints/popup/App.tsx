import { useEffect, useState } from 'preact/hooks';
import { typingItem } from '@/utils/storage';
import { MINUTE, SECOND } from '@/utils/time';
import type { TypingState } from '@/utils/typing-model';

export function App() {
  const [typing, setTyping] = useState<TypingState | null>(null);
  useEffect(() => {
    void typingItem.getValue().then(setTyping);
    return typingItem.watch(setTyping);
  }, []);
  const streak = typing?.streakMs ?? 0;
  return (
    <main>
      <h1>Handrest</h1>
      <p>
        Current streak: {Math.floor(streak / MINUTE)}:{String(Math.floor((streak % MINUTE) / SECOND)).padStart(2, '0')}
      </p>
    </main>
  );
}
