import type { ContextProblem } from "../domain/evaluation/context";
import type { Lang } from "../domain/messages";

/** Words for option problems (unknown set, province, region, bad definitions file). */
export function contextProblemText(p: ContextProblem, lang: Lang): string {
  const vi = lang === "vi";
  switch (p.code) {
    case "unknown-set":
      return vi ? `Không có bộ tiêu chí “${p.setId}”. Xem danh sách bằng lệnh: ntm sets` : `No criteria set “${p.setId}”. List them with: ntm sets`;
    case "unknown-province":
      return vi ? `Không nhận ra tỉnh “${p.province}”. Xem danh sách bằng lệnh: ntm sets` : `Unknown province “${p.province}”. List them with: ntm sets`;
    case "unknown-region":
      return vi ? `Không có vùng “${p.region}”. Xem danh sách bằng lệnh: ntm sets` : `No region “${p.region}”. List them with: ntm sets`;
    case "region-ambiguous":
      return vi
        ? `Tỉnh ${p.province} trải trên nhiều vùng (${p.spans.join(", ")}): hãy chọn vùng (--region). Các chỉ tiêu có mức chuẩn theo vùng sẽ không được đánh giá.`
        : `Province ${p.province} spans several regions (${p.spans.join(", ")}): choose one (--region). Region-dependent thresholds are not assessed.`;
    case "bad-overlay":
      return (vi ? "Tệp định nghĩa không hợp lệ: " : "Invalid definitions file: ") + p.errors.join("; ");
    case "overlay-set-mismatch":
      return vi
        ? `Tệp “${p.overlay}” dành cho bộ tiêu chí “${p.extends}”, không phải “${p.setId}”.`
        : `Overlay “${p.overlay}” extends “${p.extends}”, not “${p.setId}”.`;
  }
}
