// Hostile text: whatever is pasted into a field or carried in a file, each parser looks at a
// bounded part of it, and a refusal quotes a line's worth (what a million characters cost against
// a thousand is the bench's hostile-text figure and budget). Host names in their own script are
// accepted, stored as the browser reports them (punycode) and shown as a person writes them.
import { describe, expect, it } from 'vitest';
import { hostOf, isListedHost } from '@/utils/settings/host-list';
import { hostForDisplay } from '@/utils/settings/host-names';
import { draftOf, readDraft } from '@/utils/settings/settings-draft';
import { MAX_SITES, repairSettings, validateSetting } from '@/utils/settings/validate-settings';
import { MAX_RANGES_PER_DAY, parseRanges } from '@/utils/settings/working-hours';
import { defaultSettings } from '@/utils/settings/settings';
import { settingErrorText } from '@/utils/words/setting-text';
import { quietReasonText } from '@/utils/words/quiet-text';
import { makeSettings, repeatedText } from '../support/fixtures';

const POCHTA = 'почта.рф';
const POCHTA_ASCII = 'xn--80a1acny.xn--p1ai';

describe('a host entry is looked at up to a bound, however long it is', () => {
  it('a far too long entry is refused, and the message quotes only its start', () => {
    const result = validateSetting('excludedSites', ['a'.repeat(1_000_000)]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatchObject({ kind: 'host' });
    expect(settingErrorText('excludedSites', result.error).length).toBeLessThan(160);
  });

  it('a long address still gives its host: the path after it is never read', () => {
    expect(validateSetting('excludedSites', [`https://Docs.Example.com/${'x'.repeat(100_000)}`])).toEqual({ ok: true, value: ['docs.example.com'] });
  });

  it(`a list holds at most ${MAX_SITES} sites; more is refused with a message saying so, and stored ones are repaired to the default`, () => {
    const sites = Array.from({ length: MAX_SITES + 1 }, (_, index) => `site${index}.example`);
    expect(validateSetting('excludedSites', sites.slice(0, MAX_SITES)).ok).toBe(true);
    const result = validateSetting('excludedSites', sites);
    expect(result).toEqual({ ok: false, error: { kind: 'too-many-hosts', most: MAX_SITES } });
    if (!result.ok) expect(settingErrorText('excludedSites', result.error)).toContain(String(MAX_SITES));
    expect(repairSettings({ ...defaultSettings(), callSites: sites }).callSites).toEqual(defaultSettings().callSites);
  });

  it('a million entries are refused without each being read', () => {
    expect(validateSetting('callSites', Array.from({ length: 1_000_000 }, () => 'a.example'))).toMatchObject({ ok: false, error: { kind: 'too-many-hosts' } });
  });
});

describe('a line of working hours is read up to a bound', () => {
  it('the longest line a day can hold is read whole', () => {
    const hour = (index: number) => String(index).padStart(2, '0');
    const result = parseRanges(Array.from({ length: MAX_RANGES_PER_DAY }, (_, index) => `${hour(index)}:00–${hour(index)}:30`).join(', '));
    expect(result.ok && result.value.length).toBe(MAX_RANGES_PER_DAY);
  });

  it('a line far too long is refused, quoting only its start', () => {
    const result = parseRanges(repeatedText('09:00–10:00, ', 1_000_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.piece.length).toBeLessThanOrEqual(65);
  });

  it(`a day holds at most ${MAX_RANGES_PER_DAY} ranges`, () => {
    const hours = (count: number) => Array.from({ length: count }, (_, hour) => ({ start: hour * 30, end: hour * 30 + 15 }));
    const week = (count: number) => [hours(count), [], [], [], [], [], []];
    expect(validateSetting('workingHours', week(MAX_RANGES_PER_DAY)).ok).toBe(true);
    expect(validateSetting('workingHours', week(MAX_RANGES_PER_DAY + 1))).toEqual({ ok: false, error: { kind: 'week' } });
  });
});

describe('host names in their own script', () => {
  it('are accepted and stored in the form the browser reports, which is what a visited page matches', () => {
    const result = validateSetting('excludedSites', [POCHTA, `https://МАГАЗИН.${POCHTA}/корзина`]);
    expect(result).toEqual({ ok: true, value: [POCHTA_ASCII, `xn--80aairftm.${POCHTA_ASCII}`] });
    if (!result.ok) return;
    const visited = hostOf(`https://${POCHTA}/inbox`);
    expect(visited).toBe(POCHTA_ASCII);
    expect(isListedHost(visited ?? '', result.value)).toBe(true);
    expect(isListedHost(hostOf(`https://mail.${POCHTA}/`) ?? '', result.value)).toBe(true);
  });

  it('are shown as a person writes them, in the settings form and in quiet time, and read back as stored', () => {
    const settings = makeSettings({ callSites: [POCHTA_ASCII, 'meet.google.com'] });
    const draft = draftOf(settings);
    expect(draft.callSites).toBe(`${POCHTA}\nmeet.google.com`);
    expect(readDraft(draft, [])).toEqual({ values: settings, errors: {} });
    expect(quietReasonText({ kind: 'call' }, `video.${POCHTA_ASCII}`)).toContain(`video.${POCHTA}`);
  });

  it('each punycode label is decoded; one that is not valid punycode is shown as it is', () => {
    expect(hostForDisplay('www.xn--mnchen-3ya.de')).toBe('www.münchen.de');
    for (const invalid of ['xn--.example', 'xn--ab_c.de', 'xn--99999999999999.example']) expect(hostForDisplay(invalid)).toBe(invalid);
  });
});
