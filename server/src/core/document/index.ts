export { LineTableModel, createTextModel, type TextDocumentModel } from "./textModel";
export { PieceText, type TextSource } from "./pieceText";
export { splitSentences } from "./sentences";
export { listSentences, type Sentence } from "./sentenceIndex";
export { findLinks, type Link } from "./links";
export { isMetadataLine } from "./metadataLine";
export { isWhitespaceCode } from "./whitespace";
export { isAsciiDigit, isAsciiLetter, isAsciiLower, isAsciiUpper } from "./asciiCodes";
export { findTextChange, type TextChange } from "./textChange";
