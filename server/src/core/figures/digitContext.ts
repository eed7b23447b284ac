// What touches the digit runs of a line ("-" then a digit, a "[" before, …), so each date or
// mask pattern that needs such a shape runs only on lines that have it. The flags are read
// with the line's other triggers in one pass (lineFacts.ts).
import { DIGIT_SHAPES, readLineFacts } from "./lineFacts";

export {
  AM_PM, BRACKET_BEFORE, COLON_DIGIT, DASH_DIGIT, DECADE, FISCAL, HASH_BEFORE, PHONE, PLUS_BEFORE, SLASH_DIGIT, VERSION,
} from "./lineFacts";

/** The digit shape flags of a line. */
export function readDigitContext(line: string): number {
  return readLineFacts(line) & DIGIT_SHAPES;
}
