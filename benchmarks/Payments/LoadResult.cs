namespace KnowledgePay.Payments;

/// <summary>One timed burst: how many requests, how long, how many failed, and the latency of each request.</summary>
internal sealed record LoadResult(int Requests, TimeSpan Elapsed, int Failures, double[] LatenciesMs)
{
    public double RequestsPerSecond => Requests / Elapsed.TotalSeconds;

    public double P50Ms => Percentile(0.50);

    public double P99Ms => Percentile(0.99);

    private double Percentile(double quantile)
    {
        var sorted = LatenciesMs.Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted[Math.Max(0, (int)Math.Ceiling(quantile * sorted.Length) - 1)];
    }
}
