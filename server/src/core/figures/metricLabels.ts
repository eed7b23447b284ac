// Names of scores and statistics written right before their value ("BLEU 35.2", "F1 0.87",
// "95% CI 1.2–3.4", "IQR 9.8–20.1"): the number is a result to check, not part of a name the
// way "Windows 11" or "Llama 3" is.

// Evaluation metrics, as they are spelled (case matters: "EM" is a metric, "em" is not).
// The metric becomes the figure's unit, as a measure named before a number does.
const SCORE_METRICS = new Set([
  "BLEU", "SacreBLEU", "sacreBLEU", "chrF", "METEOR", "CIDEr", "SPICE", "ROUGE", "ROUGE-1", "ROUGE-2", "ROUGE-L",
  "ROUGE-Lsum", "F1", "F-score", "EM", "AUC", "AUROC", "AUPRC", "ROC-AUC", "mAP", "AP", "IoU", "mIoU", "WER", "CER",
  "PSNR", "SSIM", "LPIPS", "FID", "KID", "NDCG", "nDCG", "MRR", "MAE", "RMSE", "MSE", "MAPE", "PPL", "Elo", "ELO",
  // Clinical and physical measures named the same way ("BMI 31", "magnitude 7.8").
  "BMI", "IQ", "magnitude",
]);

// Statistics reported beside an estimate; the number after them is the estimate or interval
// itself, so they name no unit.
const STATISTICS = new Set(["CI", "IQR", "SD", "SE", "SEM", "OR", "aOR", "HR", "aHR", "RR", "IRR", "ICC"]);

export interface MetricLabel { label: string; isScore: boolean }

/** The metric or statistic named by `word` (the word right before a bare number), or null. */
export function readMetricLabel(word: string): MetricLabel | null {
  if (SCORE_METRICS.has(word)) return { label: word, isScore: true };
  if (STATISTICS.has(word)) return { label: word, isScore: false };
  return null;
}
