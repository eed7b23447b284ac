// Options that change what the analysis reports; the LSP maps settings onto these.
export interface AnalysisOptions {
  /** Report dates, years and spelled-out numbers as figures (tier "optional"). */
  includeOptionalFigures: boolean;
  /** Claims below this confidence (0..1) are left out. */
  minClaimConfidence: number;
  /** Only segment articles (for files above the size limit): no tables, figures or claims. */
  outlineOnly: boolean;
}

export const defaultAnalysisOptions: AnalysisOptions = {
  includeOptionalFigures: false,
  minClaimConfidence: 0.5,
  outlineOnly: false,
};
