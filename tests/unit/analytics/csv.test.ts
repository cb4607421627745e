import { describe, expect, it } from "vitest";
import { csvCell, csvRow, toCsv, type CsvValue } from "@/lib/analytics/csv";

describe("csvCell", () => {
  const cases: [string, CsvValue, string][] = [
    ["plain text stays as it is", "Bruno Díaz", "Bruno Díaz"],
    ["empty string", "", ""],
    ["null is an empty cell", null, ""],
    ["undefined is an empty cell", undefined, ""],
    ["a number", 2, "2"],
    ["a negative number is data", -0.5, "-0.5"],
    ["a non-finite number is empty", Number.NaN, ""],
    ["booleans", true, "true"],
    ["a comma is quoted", "team, org", '"team, org"'],
    ["a quote is doubled and quoted", 'said "no"', '"said ""no"""'],
    ["a newline is quoted", "line one\nline two", '"line one\nline two"'],
    ["a CRLF is quoted", "a\r\nb", '"a\r\nb"'],
    ["leading space is kept by quoting", " padded", '" padded"'],
    ["= formula is neutralised", "=SUM(A1:A9)", "'=SUM(A1:A9)"],
    ["+ formula is neutralised", "+1+2", "'+1+2"],
    ["- formula is neutralised", "-2+3", "'-2+3"],
    ["@ formula is neutralised", "@SUM(1)", "'@SUM(1)"],
    ["leading tab is neutralised and kept", "\t=1", "'\t=1"],
    ["leading carriage return is neutralised and quoted", "\r=1", `"'\r=1"`],
    ["neutralised and quoted together", '=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ["formula characters later in the text are fine", "a=b+c", "a=b+c"],
    ["a minus sign in text at the start", "-team", "'-team"],
    ["spaces before = are skipped", "  =1+1", "'  =1+1"],
    ["a no-break space before =", "\u00a0=1+1", "'\u00a0=1+1"],
    ["a tab and spaces before +", " \t+1", "' \t+1"],
    ["a line feed before @", "\n@SUM(1)", `"'\n@SUM(1)"`],
    ["CRLF before -", "\r\n-1", `"'\r\n-1"`],
    ["fullwidth equals", "＝1+1", "'＝1+1"],
    ["fullwidth plus", "＋1", "'＋1"],
    ["fullwidth minus", "－1", "'－1"],
    ["fullwidth at", "＠SUM(1)", "'＠SUM(1)"],
    ["spaces before fullwidth equals", " ＝1", "' ＝1"],
    ["a semicolon then = inside", "a;=1+1", "'a;=1+1"],
    ["a comma then = inside is neutralised and quoted", "a,=1+1", `"'a,=1+1"`],
    ["a semicolon, space, = inside", "a; =1", "'a; =1"],
    ["a semicolon then fullwidth =", "a;＝1", "'a;＝1"],
    ["= after other text is fine", "x = y", "x = y"],
    ["a semicolon without = is fine", "a;b", "a;b"],
    ["whitespace only is just quoted", "  ", '"  "'],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(csvCell(input)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("joins cells with commas and rows with CRLF, ending with CRLF", () => {
    expect(csvRow(["a", 1, null, "=x"])).toBe("a,1,,'=x");
    expect(
      toCsv(
        ["name", "rating"],
        [
          ["Alice", 2],
          ["Bob, Jr.", 1],
        ],
      ),
    ).toBe('name,rating\r\nAlice,2\r\n"Bob, Jr.",1\r\n');
  });
});
