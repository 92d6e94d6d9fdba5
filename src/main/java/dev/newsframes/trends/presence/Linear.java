package dev.newsframes.trends.presence;

/** Solves small dense linear systems; enough for the Newton steps of {@link LogisticRegression}. */
final class Linear {
  private Linear() {}

  /**
   * The solution of {@code a x = b} by Gaussian elimination with partial pivoting; {@code a} and
   * {@code b} are left unchanged. Throws when {@code a} is singular to working precision.
   */
  static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    double[][] m = new double[n][n + 1];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n] = b[i];
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      if (Math.abs(m[pivot][col]) < 1e-300) {
        throw new ArithmeticException("singular system at column " + col);
      }
      double[] tmp = m[col];
      m[col] = m[pivot];
      m[pivot] = tmp;
      for (int r = col + 1; r < n; r++) {
        double f = m[r][col] / m[col][col];
        for (int c = col; c <= n; c++) {
          m[r][c] -= f * m[col][c];
        }
      }
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = m[i][n];
      for (int c = i + 1; c < n; c++) {
        s -= m[i][c] * x[c];
      }
      x[i] = s / m[i][i];
    }
    return x;
  }
}
