// The benchmark's bookkeeping: its statistics, and that it rewrites only its own part of the shared BENCHMARKS.md.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { replaceHeadingSection, sectionEnd, sectionStart, writeOwnSection } from "../../bench/lib/benchmarks-file.ts";
import { formatSpread, rotated, spread } from "../../bench/lib/stats.ts";
import { tempDir } from "../helpers/temp-dir.ts";

describe("bench statistics", () => {
  it("gives the median and the interquartile range, whatever the order of the values", () => {
    expect(spread([5, 1, 4, 2, 3])).toEqual({ median: 3, p25: 2, p75: 4, count: 5 });
    expect(spread([4, 1, 3, 2])).toEqual({ median: 2.5, p25: 1.75, p75: 3.25, count: 4 });
    expect(formatSpread(spread([1.2, 1.0, 1.1]), 2)).toBe("1.10 (1.05–1.15)");
  });

  it("refuses to summarize no values", () => {
    expect(() => spread([])).toThrow("quantile of no values");
  });

  it("rotates the order of the series so each takes every position in turn", () => {
    expect([0, 1, 2, 3].map((round) => rotated(["A", "B", "C"], round).join(""))).toEqual(["ABC", "BCA", "CAB", "ABC"]);
  });
});

describe("BENCHMARKS.md section", () => {
  const tempFile = (content?: string) => {
    const file = join(tempDir("bench-report-"), "BENCHMARKS.md");
    if (content !== undefined) writeFileSync(file, content);
    return file;
  };

  it("creates the file with its section when there is none", async () => {
    const file = tempFile();
    await writeOwnSection(file, "## Client cost\n\nfirst");
    expect(readFileSync(file, "utf8")).toBe(
      `# Benchmarks\n\n${sectionStart}\n\n## Client cost\n\nfirst\n\n${sectionEnd}\n`,
    );
  });

  it("replaces only the text between its markers and keeps other sections as they were", async () => {
    const others = "# Benchmarks\n\n## Pipeline scale\n\nwritten by another script\n";
    const after = "\n## Later section\n\nalso kept\n";
    const file = tempFile(`${others}\n${sectionStart}\n\nold numbers\n\n${sectionEnd}\n${after}`);
    await writeOwnSection(file, "new numbers");
    expect(readFileSync(file, "utf8")).toBe(`${others}\n${sectionStart}\n\nnew numbers\n\n${sectionEnd}\n${after}`);
  });

  it("appends its section after what is there when the markers are missing", async () => {
    const file = tempFile("# Benchmarks\n\n## Pipeline scale\n\nkept\n");
    await writeOwnSection(file, "numbers");
    expect(readFileSync(file, "utf8")).toBe(
      `# Benchmarks\n\n## Pipeline scale\n\nkept\n\n${sectionStart}\n\nnumbers\n\n${sectionEnd}\n`,
    );
  });

  it("stops, naming both markers, when only one of them is in the file", async () => {
    const file = tempFile(`# Benchmarks\n\n${sectionStart}\n\nhalf a section\n`);
    await expect(writeOwnSection(file, "numbers")).rejects.toThrow(`${sectionStart} / ${sectionEnd}`);
    expect(readFileSync(file, "utf8")).toBe(`# Benchmarks\n\n${sectionStart}\n\nhalf a section\n`);
  });
});

describe("BENCHMARKS.md heading section (bench:scale)", () => {
  const scale = "## Pipeline scale\n\nnew figures\n";

  it("replaces its section up to the next heading", () => {
    const text = "# Benchmarks\n\n## Pipeline scale\n\nold figures\n\n## Other\n\nkept\n";
    expect(replaceHeadingSection(text, "## Pipeline scale", scale)).toBe(
      "# Benchmarks\n\n## Pipeline scale\n\nnew figures\n\n## Other\n\nkept\n",
    );
  });

  it("stops at another benchmark's start marker, which stays in the file", () => {
    const text = `# Benchmarks\n\n## Pipeline scale\n\nold figures\n\n${sectionStart}\n\n## Client cost\n\nx\n\n${sectionEnd}\n`;
    expect(replaceHeadingSection(text, "## Pipeline scale", scale)).toBe(
      `# Benchmarks\n\n## Pipeline scale\n\nnew figures\n\n${sectionStart}\n\n## Client cost\n\nx\n\n${sectionEnd}\n`,
    );
  });

  it("appends its section when the heading is missing, and replaces to the end when it is last", () => {
    expect(replaceHeadingSection("# Benchmarks\n", "## Pipeline scale", scale)).toBe(`# Benchmarks\n\n${scale}`);
    expect(replaceHeadingSection("# B\n\n## Pipeline scale\n\nold\n", "## Pipeline scale", scale)).toBe(
      `# B\n\n${scale}\n`,
    );
  });
});
