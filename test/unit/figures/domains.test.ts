// Figures in domains the sample corpus seldom covers: finance, hardware specs, science and
// medicine, ML metrics and web operations, plus identifiers in those domains that are not figures.
// All sentences are invented; each row lists every figure expected in it.
import { check, type Expected } from "./checkFigures";

type Row = [string, Expected[]];

function checkAll(rows: Row[]): void {
  for (const [fixture, expected] of rows) check(fixture, expected);
}

describe("figures: finance", () => {
  it("reads money, magnitudes, basis points and multiples", () => checkAll([
    ["The company reported EPS of $1.23, beating estimates by 4 cents.", [{ text: "$1.23", value: 1.23, unit: "USD", dimension: "money" }, { text: "4 cents", value: 4, unit: "cents", dimension: "money" }]],
    // Basis points are hundredths of a percentage point: a percent-dimension unit "bp".
    ["The central bank raised rates by 25 basis points to 5.25%.", [{ text: "25 basis points", value: 25, unit: "bp", dimension: "percent" }, { text: "5.25%", value: 5.25, unit: "%", dimension: "percent" }]],
    ["Q3 revenue rose 12% YoY to $4.8 billion.", [{ text: "12%", value: 12, unit: "%", dimension: "percent" }, { text: "$4.8 billion", value: 4.8e9, unit: "USD", dimension: "money" }]],
    ["Siemens booked €4.5bn in new orders and Sony earned ¥300 billion.", [{ text: "€4.5bn", value: 4.5e9, unit: "EUR", dimension: "money" }, { text: "¥300 billion", value: 3e11, unit: "JPY", dimension: "money" }]],
    ["The startup raised £2.1m in a seed round.", [{ text: "£2.1m", value: 2.1e6, unit: "GBP", dimension: "money" }]],
    ["The deal values the firm at a 3.2x revenue multiple.", [{ text: "3.2x", value: 3.2, unit: "x", dimension: "multiplier" }]],
    // "bps" is basis points on a line about margins or rates, bits per second elsewhere.
    ["Operating margin widened by 150 bps to 18.4%.", [{ text: "150 bps", value: 150, unit: "bp", dimension: "percent" }, { text: "18.4%", value: 18.4, unit: "%", dimension: "percent" }]],
    // A per-unit price keeps unit USD: the denominator ("per share") is read as text, not folded
    // into the unit as "USD/share"; the scorer compares value and qualifier only, and widening the span would need a money-rate unit table.
    ["Shares fell 7.5% after the company cut guidance to $2.10 per share.", [{ text: "7.5%", value: 7.5, unit: "%", dimension: "percent" }, { text: "$2.10", value: 2.1, unit: "USD", dimension: "money" }]],
    ["The fund manages over $12 trillion in assets.", [{ text: "over $12 trillion", value: 1.2e13, unit: "USD", dimension: "money", qualifier: "more than" }]],
    ["Net income was USD 350 million, up from USD 290 million.", [{ text: "USD 350 million", value: 3.5e8, unit: "USD", dimension: "money" }, { text: "USD 290 million", value: 2.9e8, unit: "USD", dimension: "money" }]],
    ["Annual recurring revenue hit $100M with 120% net revenue retention.", [{ text: "$100M", value: 1e8, unit: "USD", dimension: "money" }, { text: "120%", value: 120, unit: "%", dimension: "percent" }]],
    ["The bond yields 4.35% and matures in 10 years.", [{ text: "4.35%", value: 4.35, unit: "%", dimension: "percent" }, { text: "10 years", value: 10, unit: "years", dimension: "time" }]],
    ["Free cash flow came in at $1.2B for the fiscal year.", [{ text: "$1.2B", value: 1.2e9, unit: "USD", dimension: "money" }]],
    ["Revenue grew 3x in two years to $1.4bn.", [{ text: "3x", value: 3, unit: "x", dimension: "multiplier" }, { text: "$1.4bn", value: 1.4e9, unit: "USD", dimension: "money" }]],
    ["Analysts expect a 15-20% decline in Q4.", [{ text: "15-20%", value: 15, valueHigh: 20, unit: "%", dimension: "percent" }]],
    ["The company cut 1,200 jobs, about 8% of staff.", [{ text: "1,200 jobs", value: 1200, unit: "jobs", dimension: "count" }, { text: "about 8%", value: 8, unit: "%", dimension: "percent", qualifier: "about" }]],
    ["Gross margin was 72.3%, down 110 basis points.", [{ text: "72.3%", value: 72.3, unit: "%", dimension: "percent" }, { text: "110 basis points", value: 110, unit: "bp", dimension: "percent" }]],
    ["Inflation eased to 2.4% in March from 2.6% in February.", [{ text: "2.4%", value: 2.4, unit: "%", dimension: "percent" }, { text: "2.6%", value: 2.6, unit: "%", dimension: "percent" }]],
    ["The index closed at 4,783.45 points.", [{ text: "4,783.45 points", value: 4783.45, unit: "points", dimension: "count" }]],
    ["Bitcoin fell below $40,000 on Monday.", [{ text: "below $40,000", value: 40000, unit: "USD", dimension: "money", qualifier: "less than" }]],
    ["The IPO priced at $34 a share, raising $1.5 billion.", [{ text: "$34", value: 34, unit: "USD", dimension: "money" }, { text: "$1.5 billion", value: 1.5e9, unit: "USD", dimension: "money" }]],
    ["The loan carries an APR of 6.9%.", [{ text: "6.9%", value: 6.9, unit: "%", dimension: "percent" }]],
    // Indian-English magnitude words: lakh = 10^5, crore = 10^7.
    ["Sales hit ₹12,000 crore this year.", [{ text: "₹12,000 crore", value: 1.2e11, unit: "INR", dimension: "money" }]],
    ["The firm holds $2.3 trillion AUM.", [{ text: "$2.3 trillion", value: 2.3e12, unit: "USD", dimension: "money" }]],
    ["Tokyo's office earned JPY 45 billion.", [{ text: "JPY 45 billion", value: 4.5e10, unit: "JPY", dimension: "money" }]],
    ["Spending hit US$ 4.2 billion in 2023.", [{ text: "US$ 4.2 billion", value: 4.2e9, unit: "USD", dimension: "money" }]],
    ["Tuition is CHF 1,460 per semester.", [{ text: "CHF 1,460", value: 1460, unit: "CHF", dimension: "money" }]],
    ["The merger was worth C$2.8 billion.", [{ text: "C$2.8 billion", value: 2.8e9, unit: "CAD", dimension: "money" }]],
    ["The market cap crossed $3 trillion in June.", [{ text: "$3 trillion", value: 3e12, unit: "USD", dimension: "money" }]],
    ["EPS came in at $0.98 vs. $0.91 expected.", [{ text: "$0.98", value: 0.98, unit: "USD", dimension: "money" }, { text: "$0.91", value: 0.91, unit: "USD", dimension: "money" }]],
    ["The upgrade costs less than €50 per seat.", [{ text: "less than €50", value: 50, unit: "EUR", dimension: "money", qualifier: "less than" }]],
    ["Prices start from $9.99 per month.", [{ text: "$9.99", value: 9.99, unit: "USD", dimension: "money" }]],
  ]));
});

describe("figures: hardware and spec sheets", () => {
  it("reads units, device counts and shapes", () => checkAll([
    ["The chip runs at 3.2 GHz with a boost clock of 5.7GHz.", [{ text: "3.2 GHz", value: 3.2, unit: "GHz", dimension: "frequency" }, { text: "5.7GHz", value: 5.7, unit: "GHz", dimension: "frequency" }]],
    ["It ships with a 2 TB NVMe drive and 32 GB of RAM.", [{ text: "2 TB", value: 2, unit: "TB", dimension: "size" }, { text: "32 GB", value: 32, unit: "GB", dimension: "size" }]],
    ["The phone packs a 5,000 mAh battery and a 120 Hz display.", [{ text: "5,000 mAh", value: 5000, unit: "mAh", dimension: "energy" }, { text: "120 Hz", value: 120, unit: "Hz", dimension: "frequency" }]],
    ["It has a 6.1-inch screen and weighs 171 g.", [{ text: "6.1-inch", value: 6.1, unit: "in", dimension: "length" }, { text: "171 g", value: 171, unit: "g", dimension: "mass" }]],
    ["The charger delivers 1.5 kW and the inverter handles 3.6 kVA.", [{ text: "1.5 kW", value: 1.5, unit: "kW", dimension: "power" }, { text: "3.6 kVA", value: 3.6, unit: "kVA", dimension: "power" }]],
    ["TSMC's 3 nm process improves density by 1.6x.", [{ text: "3 nm", value: 3, unit: "nm", dimension: "length" }, { text: "1.6x", value: 1.6, unit: "x", dimension: "multiplier" }]],
    // "N x PART" is a hardware count (a count with its counted noun), not a multiplier.
    ["We trained on 4x H100 for two weeks.", [{ text: "4x H100", value: 4, unit: "H100", dimension: "count" }]],
    ["The cluster has 8 × A100 GPUs per node.", [{ text: "8 × A100 GPUs", value: 8, unit: "A100 GPUs", dimension: "count" }]],
    ["Each node holds 8 A100 GPUs with 80 GB each.", [{ text: "8 A100 GPUs", value: 8, unit: "A100 GPUs", dimension: "count" }, { text: "80 GB", value: 80, unit: "GB", dimension: "size" }]],
    ["The SSD reads at 7,400 MB/s and writes at 6,900 MB/s.", [{ text: "7,400 MB/s", value: 7400, unit: "MB/s", dimension: "data rate" }, { text: "6,900 MB/s", value: 6900, unit: "MB/s", dimension: "data rate" }]],
    ["The monitor has a 27-inch panel and a 1 ms response time.", [{ text: "27-inch", value: 27, unit: "in", dimension: "length" }, { text: "1 ms", value: 1, unit: "ms", dimension: "time" }]],
    ["The drone flies for 46 minutes at 68 km/h.", [{ text: "46 minutes", value: 46, unit: "min", dimension: "time" }, { text: "68 km/h", value: 68, unit: "km/h", dimension: "other" }]],
    ["The battery stores 75 kWh and gives a range of 500 km.", [{ text: "75 kWh", value: 75, unit: "kWh", dimension: "energy" }, { text: "500 km", value: 500, unit: "km", dimension: "length" }]],
    ["The fan spins at 2,000 rpm and stays under 30 dB.", [{ text: "2,000 rpm", value: 2000, unit: "rpm", dimension: "frequency" }, { text: "under 30 dB", value: 30, unit: "dB", dimension: "other", qualifier: "less than" }]],
    ["The laptop weighs 1.2 kg and is 14.9 mm thin.", [{ text: "1.2 kg", value: 1.2, unit: "kg", dimension: "mass" }, { text: "14.9 mm", value: 14.9, unit: "mm", dimension: "length" }]],
    ["The GPU has 16,384 CUDA cores and a 450 W TDP.", [{ text: "16,384 CUDA cores", value: 16384, unit: "CUDA cores", dimension: "count" }, { text: "450 W", value: 450, unit: "W", dimension: "power" }]],
    ["The panel reaches 1,600 nits peak brightness.", [{ text: "1,600 nits", value: 1600, unit: "nits", dimension: "count" }]],
    ["The card exposes 24 GB GDDR6X over a 384-bit bus.", [{ text: "24 GB", value: 24, unit: "GB", dimension: "size" }, { text: "384-bit", value: 384, unit: "bit", dimension: "size" }]],
    ["The board has 2 x M.2 slots and 4 x DIMM slots.", [{ text: "2 x M.2 slots", value: 2, unit: "M.2 slots", dimension: "count" }, { text: "4 x DIMM slots", value: 4, unit: "DIMM slots", dimension: "count" }]],
    ["The server packs 2x AMD EPYC 9654 CPUs.", [{ text: "2x AMD EPYC 9654 CPUs", value: 2, unit: "AMD EPYC 9654 CPUs", dimension: "count" }]],
    ["We ran 16 × V100 nodes for the baseline.", [{ text: "16 × V100 nodes", value: 16, unit: "V100 nodes", dimension: "count" }]],
    ["The reactor produces 1,100 MWe.", [{ text: "1,100 MWe", value: 1100, unit: "MWe", dimension: "power" }]],
    ["The motor produces 300 Nm of torque.", [{ text: "300 Nm", value: 300, unit: "Nm", dimension: "other" }]],
    ["The tank holds 50 L of water at 3 bar.", [{ text: "50 L", value: 50, unit: "L", dimension: "other" }, { text: "3 bar", value: 3, unit: "bar", dimension: "other" }]],
    ["The tyre pressure is 35 psi.", [{ text: "35 psi", value: 35, unit: "psi", dimension: "other" }]],
    ["The antenna gain is 15 dBi.", [{ text: "15 dBi", value: 15, unit: "dBi", dimension: "other" }]],
    ["The beam has a 2.5 mrad divergence.", [{ text: "2.5 mrad", value: 2.5, unit: "mrad", dimension: "other" }]],
    ["The sensor samples at 48 kHz with 24-bit depth.", [{ text: "48 kHz", value: 48, unit: "kHz", dimension: "frequency" }, { text: "24-bit", value: 24, unit: "bit", dimension: "size" }]],
    ["The LED emits at 450 nm with 2.5 W of output.", [{ text: "450 nm", value: 450, unit: "nm", dimension: "length" }, { text: "2.5 W", value: 2.5, unit: "W", dimension: "power" }]],
    ["Wind speeds reached 120 mph.", [{ text: "120 mph", value: 120, unit: "mph", dimension: "other" }]],
    ["Use a 10k resistor and a 100 nF capacitor.", [{ text: "10k", value: 10000, unit: null, dimension: "count" }, { text: "100 nF", value: 100, unit: "nF", dimension: "other" }]],
    ["The file is 1.5 GiB and downloads in 12 s on gigabit.", [{ text: "1.5 GiB", value: 1.5, unit: "GiB", dimension: "size" }, { text: "12 s", value: 12, unit: "s", dimension: "time" }]],
    // Sizes glued with "×" are shapes (as "3x3"), neither 1,920 nor 1,080 pixels.
    ["The image is 1920×1080 pixels.", []],
    // A display class alone on a line about video is a resolution, not 4,000.
    ["The Xbox Series X renders at 4K and 120 fps.", [{ text: "120 fps", value: 120, unit: "fps", dimension: "frequency" }]],
    ["The tablet weighs just under 500 g.", [{ text: "just under 500 g", value: 500, unit: "g", dimension: "mass", qualifier: "less than" }]],
    ["The chip is rated for −20 °C to 85 °C.", [{ text: "−20 °C to 85 °C", value: -20, valueHigh: 85, unit: "°C", dimension: "temperature" }]],
    ["The drive lasts upwards of 1,500 TBW.", [{ text: "upwards of 1,500 TBW", value: 1500, unit: "TBW", dimension: "count", qualifier: "more than" }]],
    ["Throughput exceeded 1 million IOPS.", [{ text: "1 million IOPS", value: 1e6, unit: "IOPS", dimension: "count" }]],
  ]));
});

describe("figures: science and medicine", () => {
  it("reads doses, temperatures, intervals, statistics and shares", () => checkAll([
    // A significance threshold is a checkable statement, kept with its bound.
    ["Results were significant (p < 0.05) with n = 1,200 participants.", [{ text: "< 0.05", value: 0.05, unit: null, dimension: "count", qualifier: "less than" }, { text: "1,200 participants", value: 1200, unit: "participants", dimension: "count" }]],
    // After a statistic (CI, IQR, SD, HR …) a bare number is its value, not part of a name.
    ["The odds ratio was 2.1 (95% CI 1.2–3.4).", [{ text: "2.1", value: 2.1, unit: null, dimension: "count" }, { text: "95%", value: 95, unit: "%", dimension: "percent" }, { text: "1.2–3.4", value: 1.2, valueHigh: 3.4, unit: null, dimension: "count" }]],
    ["Samples were stored at −40 °C for 6 months.", [{ text: "−40 °C", value: -40, unit: "°C", dimension: "temperature" }, { text: "6 months", value: 6, unit: "months", dimension: "time" }]],
    ["Patients received 1.5 mg/kg of the drug daily.", [{ text: "1.5 mg/kg", value: 1.5, unit: "mg/kg", dimension: "other" }]],
    ["A fever above 37.5 °C was recorded in 12% of cases.", [{ text: "above 37.5 °C", value: 37.5, unit: "°C", dimension: "temperature", qualifier: "more than" }, { text: "12%", value: 12, unit: "%", dimension: "percent" }]],
    ["The error rate fell to 10^-3 per gate.", [{ text: "10^-3", value: 0.001, unit: null, dimension: "count" }]],
    ["Avogadro's number is 6.02 × 10^23.", [{ text: "6.02 × 10^23", value: 6.02e23, unit: null, dimension: "count" }]],
    ["The trial enrolled 3,400 patients across 45 sites.", [{ text: "3,400 patients", value: 3400, unit: "patients", dimension: "count" }, { text: "45 sites", value: 45, unit: "sites", dimension: "count" }]],
    ["Mean age was 54.2 ± 8.1 years.", [{ text: "54.2 ± 8.1 years", value: 54.2, plusMinus: 8.1, unit: "years", dimension: "time" }]],
    ["The dose was 500 mg twice a day.", [{ text: "500 mg", value: 500, unit: "mg", dimension: "mass" }]],
    ["The solution had a pH of 7.4.", [{ text: "pH of 7.4", value: 7.4, unit: "pH", dimension: "other" }]],
    ["The half-life is about 5.3 hours.", [{ text: "about 5.3 hours", value: 5.3, unit: "h", dimension: "time", qualifier: "about" }]],
    ["Cholesterol fell to 180 mg/dL.", [{ text: "180 mg/dL", value: 180, unit: "mg/dL", dimension: "other" }]],
    ["Viral load was below 50 copies/mL.", [{ text: "below 50 copies/mL", value: 50, unit: "copies/mL", dimension: "other", qualifier: "less than" }]],
    ["Dosage was 0.5 mL per kg body weight.", [{ text: "0.5 mL", value: 0.5, unit: "mL", dimension: "other" }]],
    ["The median survival was 14.2 months (IQR 9.8–20.1).", [{ text: "14.2 months", value: 14.2, unit: "months", dimension: "time" }, { text: "9.8–20.1", value: 9.8, valueHigh: 20.1, unit: null, dimension: "count" }]],
    ["The hazard ratio was 0.76 (95% CI, 0.61 to 0.94).", [{ text: "0.76", value: 0.76, unit: null, dimension: "count" }, { text: "95%", value: 95, unit: "%", dimension: "percent" }, { text: "0.61 to 0.94", value: 0.61, valueHigh: 0.94, unit: null, dimension: "count" }]],
    ["The effect size was d = 0.42.", [{ text: "0.42", value: 0.42, unit: null, dimension: "count" }]],
    ["The correlation was r = 0.63 (p = 0.002).", [{ text: "0.63", value: 0.63, unit: null, dimension: "count" }, { text: "0.002", value: 0.002, unit: null, dimension: "count" }]],
    ["The vaccine showed 95% efficacy in 43,000 volunteers.", [{ text: "95%", value: 95, unit: "%", dimension: "percent" }, { text: "43,000 volunteers", value: 43000, unit: "volunteers", dimension: "count" }]],
    ["Participants walked 8,000 steps a day.", [{ text: "8,000 steps", value: 8000, unit: "steps", dimension: "count" }]],
    // "N in M" is a share, one ratio figure with its qualifier.
    ["About 1 in 5 adults reported symptoms.", [{ text: "About 1 in 5", value: 0.2, unit: null, dimension: "ratio", qualifier: "about" }]],
    ["Fewer than 1 in 10 apps pass the audit.", [{ text: "Fewer than 1 in 10", value: 0.1, unit: null, dimension: "ratio", qualifier: "less than" }]],
    ["Roughly 2/3 of respondents agreed.", [{ text: "Roughly 2/3", value: 0.6666666666666666, unit: null, dimension: "ratio", qualifier: "about" }]],
    ["It compresses text 2.8:1 on average.", [{ text: "2.8:1", value: 2.8, unit: null, dimension: "ratio" }]],
    ["Blood pressure dropped by 12 mmHg on average.", [{ text: "12 mmHg", value: 12, unit: "mmHg", dimension: "other" }]],
  ]));
});

describe("figures: machine-learning metrics", () => {
  it("reads scores, parameter and token counts", () => checkAll([
    // After a metric name a bare number is its score (the metric is its unit), not a version.
    ["The model scores BLEU 35.2 on WMT14 English-German.", [{ text: "BLEU 35.2", value: 35.2, unit: "BLEU", dimension: "other" }]],
    // A score named before "of" is read like a measure ("batch size of 1024").
    ["It reaches an F1 of 0.87 on the test set.", [{ text: "F1 of 0.87", value: 0.87, unit: "F1", dimension: "other" }]],
    ["Top-1 accuracy is 81.3% on ImageNet.", [{ text: "81.3%", value: 81.3, unit: "%", dimension: "percent" }]],
    ["The model has 175B parameters.", [{ text: "175B parameters", value: 1.75e11, unit: "parameters", dimension: "count" }]],
    // A context's size is counted in tokens though the noun is left out (the "k" shorthand only).
    ["Prompts average 2.5k tokens with a 128k context.", [{ text: "2.5k tokens", value: 2500, unit: "tokens", dimension: "count" }, { text: "128k", value: 128000, unit: "tokens", dimension: "count" }]],
    // ANNOTATION's gold gives a model size ("the 20B … model", "Name (6B)") the unit "parameters".
    ["The 70B model was trained on 15T tokens.", [{ text: "70B", value: 7e10, unit: "parameters", dimension: "count" }, { text: "15T tokens", value: 1.5e13, unit: "tokens", dimension: "count" }]],
    ["We compare the 13B Falcon-X model with Orca-Q (7B) and OPT (2.7B).", [{ text: "13B", value: 1.3e10, unit: "parameters" }, { text: "7B", value: 7e9, unit: "parameters" }, { text: "2.7B", value: 2.7e9, unit: "parameters" }]],
    // Without a model nearby a bare "5M" keeps no unit: users, rows or dollars are as likely.
    ["The survey drew 5M responses, and Acme (5M) led the list.", [{ text: "5M responses", value: 5e6, unit: "responses" }, { text: "5M", value: 5e6, unit: null }]],
    // A whole number after "single"/"dual" names a product ("a single 4090"): the word already counts it.
    ["A single 4090 renders the scene in 3 seconds, and dual 3080 cards take 2 seconds.", [{ text: "3 seconds", value: 3, unit: "s" }, { text: "2 seconds", value: 2, unit: "s" }]],
    // …but "a single 16 GB card" has a unit, so it stays a figure.
    ["It fits on a single 16 GB card.", [{ text: "16 GB", value: 16, unit: "GB" }]],
    // A display class before "version" or "edition" is a resolution, not 4,000 versions.
    ["The 4K version of the film costs $5 more.", [{ text: "$5", value: 5, unit: "USD" }]],
    ["Perplexity dropped from 12.4 to 9.8.", [{ text: "12.4", value: 12.4, unit: null, dimension: "count" }, { text: "9.8", value: 9.8, unit: null, dimension: "count" }]],
    ["It achieves a ROUGE-L of 41.2 and an EM score of 78.5.", [{ text: "ROUGE-L of 41.2", value: 41.2, unit: "ROUGE-L", dimension: "other" }, { text: "EM score of 78.5", value: 78.5, unit: "EM score", dimension: "other" }]],
    ["Inference runs at 45 tokens/s on a single GPU.", [{ text: "45 tokens/s", value: 45, unit: "tokens/s", dimension: "other" }]],
    ["We used a learning rate of 3e-4 and batch size of 512.", [{ text: "learning rate of 3e-4", value: 0.0003, unit: "learning rate", dimension: "count" }, { text: "batch size of 512", value: 512, unit: "batch size", dimension: "count" }]],
    ["The model posts a BLEU score of 41.0 and a chrF of 63.2.", [{ text: "BLEU score of 41.0", value: 41, unit: "BLEU score", dimension: "other" }, { text: "chrF of 63.2", value: 63.2, unit: "chrF", dimension: "other" }]],
    ["On MMLU it scores 86.4, ahead of the baseline's 70.0.", [{ text: "86.4", value: 86.4, unit: null, dimension: "count" }, { text: "70.0", value: 70, unit: null, dimension: "count" }]],
    ["Our system gets WER 4.1% on LibriSpeech clean.", [{ text: "4.1%", value: 4.1, unit: "%", dimension: "percent" }]],
    ["FID drops to 2.97 with guidance.", [{ text: "2.97", value: 2.97, unit: null, dimension: "count" }]],
    ["It has 7 billion params and a 4,096-token context window.", [{ text: "7 billion params", value: 7e9, unit: "params", dimension: "count" }, { text: "4,096-token", value: 4096, unit: "token", dimension: "count" }]],
    ["The vocabulary size is 32,000 with a context length of 8,192 tokens.", [{ text: "vocabulary size is 32,000", value: 32000, unit: "vocabulary size", dimension: "count" }, { text: "context length of 8,192", value: 8192, unit: "context length", dimension: "count" }]],
    ["We fine-tuned for 3 epochs on 1.2M examples.", [{ text: "3 epochs", value: 3, unit: "epochs", dimension: "count" }, { text: "1.2M examples", value: 1.2e6, unit: "examples", dimension: "count" }]],
    ["Training took 2.1 million GPU hours.", [{ text: "2.1 million GPU hours", value: 2.1e6, unit: "GPU hours", dimension: "count" }]],
    ["The 8x7B mixture activates 13B parameters per token.", [{ text: "13B parameters", value: 1.3e10, unit: "parameters", dimension: "count" }]],
    ["Accuracy rose 4.2 points to 88.1%.", [{ text: "4.2 points", value: 4.2, unit: "points", dimension: "count" }, { text: "88.1%", value: 88.1, unit: "%", dimension: "percent" }]],
    ["The cluster delivers 1.1 exaflops of FP8 compute.", [{ text: "1.1 exaflops", value: 1.1, unit: "EFLOPS", dimension: "compute" }]],
    ["Each H100 has 80GB of HBM3 at 3.35 TB/s.", [{ text: "80GB", value: 80, unit: "GB", dimension: "size" }, { text: "3.35 TB/s", value: 3.35, unit: "TB/s", dimension: "data rate" }]],
    ["We evaluate on 57 subjects with 5-shot prompting.", [{ text: "57 subjects", value: 57, unit: "subjects", dimension: "count" }, { text: "5-shot", value: 5, unit: "shot", dimension: "count" }]],
    ["The 13-billion-parameter model runs on a laptop.", [{ text: "13-billion-parameter", value: 1.3e10, unit: "parameter", dimension: "count" }]],
    ["The context window grows to 1M tokens.", [{ text: "1M tokens", value: 1e6, unit: "tokens", dimension: "count" }]],
    ["A 0.5-point gain on GLUE is within noise.", [{ text: "0.5-point", value: 0.5, unit: "point", dimension: "count" }]],
    ["The F1 score improved by 3.1 points to 0.912.", [{ text: "3.1 points", value: 3.1, unit: "points", dimension: "count" }, { text: "0.912", value: 0.912, unit: null, dimension: "count" }]],
  ]));
});

describe("figures: web and operations", () => {
  it("reads latencies, rates, availability and bounds", () => checkAll([
    ["The service promises 99.99% uptime.", [{ text: "99.99%", value: 99.99, unit: "%", dimension: "percent" }]],
    ["p99 latency is 230 ms under load.", [{ text: "230 ms", value: 230, unit: "ms", dimension: "time" }]],
    ["The gateway handles 10k req/s at peak.", [{ text: "10k req/s", value: 10000, unit: "requests/s", dimension: "other" }]],
    ["The app has 1.2 million DAU.", [{ text: "1.2 million DAU", value: 1.2e6, unit: "DAU", dimension: "count" }]],
    ["Cold starts take under 200 ms.", [{ text: "under 200 ms", value: 200, unit: "ms", dimension: "time", qualifier: "less than" }]],
    ["The cache hit rate is 94%.", [{ text: "94%", value: 94, unit: "%", dimension: "percent" }]],
    ["We serve 3.5 billion requests per day.", [{ text: "3.5 billion requests", value: 3.5e9, unit: "requests", dimension: "count" }]],
    ["The CDN moved 40 Tbps during the event.", [{ text: "40 Tbps", value: 40, unit: "Tbit/s", dimension: "data rate" }]],
    ["The p95 latency fell from 410 ms to 120 ms.", [{ text: "410 ms", value: 410, unit: "ms", dimension: "time" }, { text: "120 ms", value: 120, unit: "ms", dimension: "time" }]],
    ["Error budgets allow 43 minutes of downtime per month.", [{ text: "43 minutes", value: 43, unit: "min", dimension: "time" }]],
    ["The queue drains 50,000 messages per second.", [{ text: "50,000 messages", value: 50000, unit: "messages", dimension: "count" }]],
    ["The database holds 4.2 PB across 3 regions.", [{ text: "4.2 PB", value: 4.2, unit: "PB", dimension: "size" }, { text: "3 regions", value: 3, unit: "regions", dimension: "count" }]],
    ["Our SLO is 99.9% of requests under 300 ms.", [{ text: "99.9%", value: 99.9, unit: "%", dimension: "percent" }, { text: "under 300 ms", value: 300, unit: "ms", dimension: "time", qualifier: "less than" }]],
    ["MTTR improved from 4 hours to 35 minutes.", [{ text: "4 hours", value: 4, unit: "h", dimension: "time" }, { text: "35 minutes", value: 35, unit: "min", dimension: "time" }]],
    ["The site gets roughly 20M monthly visitors.", [{ text: "roughly 20M monthly visitors", value: 2e7, unit: "monthly visitors", dimension: "count", qualifier: "about" }]],
    ["The service processes ~2.3 billion events daily.", [{ text: "~2.3 billion events", value: 2.3e9, unit: "events", dimension: "count", qualifier: "about" }]],
    ["Latency stays below 5 ms for 99% of calls.", [{ text: "below 5 ms", value: 5, unit: "ms", dimension: "time", qualifier: "less than" }, { text: "99%", value: 99, unit: "%", dimension: "percent" }]],
    ["The fleet grew to north of 10,000 servers.", [{ text: "north of 10,000 servers", value: 10000, unit: "servers", dimension: "count", qualifier: "more than" }]],
    ["The model needs at most 24 GB of VRAM.", [{ text: "at most 24 GB", value: 24, unit: "GB", dimension: "size", qualifier: "up to" }]],
    ["We saw no fewer than 300 bug reports.", [{ text: "no fewer than 300 bug reports", value: 300, unit: "bug reports", dimension: "count", qualifier: "at least" }]],
    ["The fix cut memory use by as much as 40%.", [{ text: "as much as 40%", value: 40, unit: "%", dimension: "percent", qualifier: "up to" }]],
    ["Latency was ≤ 2 ms and jitter ≥ 0.1 ms.", [{ text: "≤ 2 ms", value: 2, unit: "ms", dimension: "time", qualifier: "up to" }, { text: "≥ 0.1 ms", value: 0.1, unit: "ms", dimension: "time", qualifier: "at least" }]],
    ["The event drew 12,000+ attendees.", [{ text: "12,000+ attendees", value: 12000, unit: "attendees", dimension: "count", qualifier: "at least" }]],
  ]));
});

describe("figures: names and codes in these domains", () => {
  it("skips product names, standards, versions, codes and times", () => checkAll([
    ["GPT-4 beats the earlier model on most tasks.", []],
    ["Windows 11 requires TPM 2.0 to install.", []],
    ["The iPhone 15 supports Wi-Fi 6E and 5G.", []],
    ["COVID-19 cases peaked in the winter.", []],
    // "1080p", like "4K display", names a class of video, not 1,080 of anything.
    ["The stream is encoded with H.264 at 1080p.", []],
    ["Support is available 24/7 by chat.", []],
    ["Upgrade to v2.0.1 before the migration.", []],
    ["The plant is certified to ISO 9001 and follows RFC 7231.", []],
    ["As shown in section 3.2, the method generalises.", []],
    ["The meeting starts at 10:30 and ends at 11:45.", []],
    ["Call us at (555) 123-4567 or +44 20 7946 0958.", []],
    ["The release shipped on March 3, 2024.", []],
    ["Python 3.12 is about 5% faster than Python 3.11.", [{ text: "about 5%", value: 5, unit: "%", dimension: "percent", qualifier: "about" }]],
    ["The PCIe 5.0 interface doubles bandwidth over PCIe 4.0.", []],
    ["The Snapdragon 8 Gen 3 powers the phone.", []],
    ["Android 14 adds new privacy controls.", []],
    ["The Boeing 737 MAX returned to service.", []],
    ["Route 66 crosses eight states.", []],
    ["It supports Bluetooth 5.3 and NFC.", []],
    ["Version 3 of the API removes the old endpoint.", []],
    ["Use port 8080 for the local server.", []],
    ["The error code 404 means the page was not found.", []],
    ["Order #12345 shipped yesterday.", []],
    // A title-case word opening a sentence before a bare number with no counted noun is a name.
    ["Apollo 11 landed in 1969.", []],
    ["Level 5 autonomy is years away.", []],
    ["Flight BA 117 departs from Terminal 5.", []],
    ["Sprint 14 closed 38 story points.", [{ text: "38 story points", value: 38, unit: "story points", dimension: "count" }]],
    // A sentence ending in a word and a full stop is no flattened table row, so nouns are still read.
    ["Player 2 scored 4 goals in 90 minutes.", [{ text: "4 goals", value: 4, unit: "goals", dimension: "count" }, { text: "90 minutes", value: 90, unit: "min", dimension: "time" }]],
    // …but a number that counts a noun after such a word is a quantity.
    // "part" is counted in the singular in a mixing ratio, so the lone 1 is a quantity, not a label.
    ["Mix 2 parts resin with 1 part hardener.", [{ text: "2 parts", value: 2, unit: "parts", dimension: "count" }, { text: "1 part", value: 1, unit: "part", dimension: "count" }]],
    // Roads are numbered like routes: "Interstate" is a numbering noun, so "runs" is a verb, not the counted noun.
    ["Interstate 95 runs along the coast and carries 300,000 cars a day.", [{ text: "300,000 cars", value: 300000, unit: "cars", dimension: "count" }]],
    // "3.0" after a name opening a sentence is a version even before a plural ("Web 3.0 startups")…
    ["Web 3.0 startups raised $2 billion.", [{ text: "$2 billion", value: 2e9, unit: "USD" }]],
    // …as it is mid-sentence; a count after a function word or sentence adverb stays ("Today 30 teams").
    ["Investors like Web 3.0 firms. Today 30 teams compete, over 3.0 million users joined.", [{ text: "30 teams", value: 30, unit: "teams" }, { text: "over 3.0 million users", value: 3e6, unit: "users", qualifier: "more than" }]],
    // An ordinal is a position, not a quantity (ANNOTATION lists counts, amounts, measures): only the count is kept.
    ["She finished in 2nd place out of 40 runners.", [{ text: "40 runners", value: 40, unit: "runners", dimension: "count" }]],
    // Left open by ANNOTATION; an age limit is a checkable quantity (is the limit really 21?), so it stays, with its bound.
    ["Customers over 21 may buy the product.", [{ text: "over 21", value: 21, unit: null, dimension: "count", qualifier: "more than" }]],
    ["It runs Linux kernel 6.8 on 4 cores.", [{ text: "4 cores", value: 4, unit: "cores", dimension: "count" }]],
  ]));
});
