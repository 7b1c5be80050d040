// A speaker's turns of phrase: a classical line, a spoken aside, "这固然有…的原因" — each
// reads as the speaker's own once in a speech and as a template the second time. The
// draft keeps track of those used and prefers wordings without them.
const TICS: readonly RegExp[] = [
  /固然/,
  /说句大白话|说句实在话|说句心里话|掏心窝/,
  /有一个情况/,
  /我提一个(?:明确的?)?要求/,
  /我在这里明确/,
  /打个比方|我打个比方/,
  /古人讲|古人云|俗话说|老话讲|常言道|孔子讲|老子讲|孟子讲|荀子讲|《[^》]{1,10}》里?讲/,
  /从[^，。]{1,20}(?:转向|转到|转为)/,
];

export interface Voice {
  /** Whether the text repeats a turn of phrase already used in this draft. */
  repeats(text: string): boolean;
  /** Marks the text's turns of phrase as used. */
  use(text: string): void;
}

export function createVoice(): Voice {
  const used = new Set<number>();
  const ticsOf = (text: string): number[] => TICS.flatMap((re, i) => (re.test(text) ? [i] : []));
  return {
    repeats: (text) => ticsOf(text).some((i) => used.has(i)),
    use: (text) => {
      for (const i of ticsOf(text)) used.add(i);
    },
  };
}
