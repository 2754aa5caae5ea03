# Compares two files of 'FIELD ||| ... ||| SCORE' lines (attend translate
# --scores / --nbest output): every field but the last must be equal byte for
# byte, the last (a number) within tol relative plus tol absolute, and both
# files must have the same number of lines. Exit status 0 when they agree.
#   awk -v tol=1e-6 -f same_scored.awk EXPECTED GOT
BEGIN { FS = " [|][|][|] "; if (tol == "") tol = 1e-6 }
NR == FNR { want[FNR] = $0; n = FNR; next }
{
  m = FNR
  k = split(want[FNR], w, / [|][|][|] /)
  if (NF != k) exit 1
  for (i = 1; i < k; i++) if ($i != w[i]) exit 1
  d = $k - w[k]; if (d < 0) d = -d
  a = w[k] < 0 ? -w[k] : w[k]
  if (d > tol * a + tol) exit 1
}
END { if (m != n) exit 1 }
