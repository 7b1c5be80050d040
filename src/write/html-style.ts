// The look of the html speech: a GB/T 9704 page on screen (see ../shared/DESIGN.md, "Word
// output"). One stylesheet serves the standalone page and the web preview, which embeds
// `SPEECH_CSS` with `writeHtmlFragment`; every rule is scoped to `.speech` so the preview
// cannot restyle the page around it.

// Latin letters and digits in Times New Roman, as in the Word file. The face is declared
// for U+0000–00FF only: listed plainly it would also draw “” and —, which then turn
// half-width, the very thing the Word file's east-Asian hint prevents. The 公文 faces
// follow with their Windows, macOS and Debian stand-ins.
const LATIN_FACE = "jianggao-latin";
const LATIN_FACE_CSS = `
@font-face {
  font-family: "${LATIN_FACE}";
  src: local("Times New Roman"), local("TimesNewRomanPSMT"), local("Liberation Serif");
  unicode-range: U+0000-00FF;
}`;
const TITLE_FONTS = `"${LATIN_FACE}", "方正小标宋简体", "FZXiaoBiaoSong-B05S", "STZhongsong", "Noto Serif CJK SC", serif`;
const BODY_FONTS = `"${LATIN_FACE}", "仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif`;
const KAI_FONTS = `"${LATIN_FACE}", "楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC", serif`;
const HEI_FONTS = `"${LATIN_FACE}", "黑体", "SimHei", "STHeiti", "Noto Sans CJK SC", sans-serif`;

/** The speech sheet: A4 with the 公文 margins, 3号 仿宋 on 28.95 pt lines. */
export const SPEECH_CSS = `${LATIN_FACE_CSS}
.speech {
  box-sizing: border-box;
  width: 210mm;
  max-width: 100%;
  min-height: 297mm;
  margin: 0 auto;
  /* GB/T 9704 page margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm. */
  padding: 37mm 26mm 35mm 28mm;
  background: #fff;
  color: #000;
  font-family: ${BODY_FONTS};
  font-size: 16pt;
  line-height: 28.95pt;
  text-align: justify;
}
.speech h1, .speech h2, .speech h3, .speech p {
  margin: 0;
  font-size: 16pt;
  font-weight: normal;
  line-height: 28.95pt;
}
.speech p, .speech h2, .speech h3 {
  text-indent: 2em;
  /* 28 characters a line (GB/T 9704 §4.2.3): 16 pt faces fill 156 mm only at 27.6, so
     each character gives up 0.25 pt, as the Word file's characterSpacing -5 does. */
  letter-spacing: -0.25pt;
}
.speech h1.title {
  font-family: ${TITLE_FONTS};
  font-size: 22pt;
  line-height: 36pt;
  text-align: center;
  text-indent: 0;
}
.speech p.speaker, .speech p.date {
  font-family: ${KAI_FONTS};
  text-align: center;
  text-indent: 0;
}
.speech p.date { margin-bottom: 28.95pt; }
.speech p.salutation { text-indent: 0; }
.speech h2.part { font-family: ${HEI_FONTS}; }
.speech h3.sub-part { font-family: ${KAI_FONTS}; }
.speech strong { font-weight: bold; }
.speech mark.slot { background: #ff0; color: inherit; }
`;

/** The standalone page around the sheet: grey desk on screen, plain A4 when printed. */
export const PAGE_CSS = `
html { background: #e6e6e6; }
body { margin: 0; padding: 24px 0; }
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@media print {
  html { background: none; }
  body { padding: 0; }
  .speech { width: auto; min-height: 0; padding: 0; }
}
`;
