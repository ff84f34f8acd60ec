namespace KnowledgePay.Recommender.Ratings;

/// <summary>Seeded draws from N(0, σ²), for initialising factor matrices.</summary>
internal static class NormalDraws
{
    public static float[] Of(Random random, int length, float standardDeviation)
    {
        var values = new float[length];
        for (var index = 0; index < length; index++)
        {
            // Box–Muller transform.
            var radius = Math.Sqrt(-2.0 * Math.Log(1.0 - random.NextDouble()));
            values[index] = (float)(radius * Math.Cos(2.0 * Math.PI * random.NextDouble()) * standardDeviation);
        }

        return values;
    }
}
