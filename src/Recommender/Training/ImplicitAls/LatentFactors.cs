using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Training.ImplicitAls;

/// <summary>One side's factors: <see cref="Count"/> rows of <see cref="Dimension"/> floats, row-major.</summary>
public sealed class LatentFactors(int count, int dimension)
{
    public int Count { get; } = count;

    public int Dimension { get; } = dimension;

    public float[] Values { get; } = new float[count * dimension];

    public Span<float> Row(int row) => Values.AsSpan(row * Dimension, Dimension);

    /// <summary>G = Σ_rows r rᵀ (Dimension × Dimension, row-major): what every pair's term sums to.</summary>
    public float[] Gramian()
    {
        var gramian = new float[Dimension * Dimension];
        for (var row = 0; row < Count; row++)
        {
            var vector = Row(row);
            for (var a = 0; a < Dimension; a++)
            {
                if (vector[a] != 0f)
                {
                    var target = gramian.AsSpan(a * Dimension, Dimension);
                    TensorPrimitives.MultiplyAdd(vector, vector[a], target, target);
                }
            }
        }

        return gramian;
    }

    /// <summary>Σ over every (row of this, row of <paramref name="other"/>) of their dot product squared (<see cref="SquaredScores"/>).</summary>
    public double SumOfSquaredScores(LatentFactors other) => SquaredScores.Sum(this, other);
}
