using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Training.ImplicitAls;

/// <summary>One side's factors: <see cref="Count"/> rows of <see cref="Dimension"/> floats, row-major.</summary>
/// <param name="values">The rows (a view of them: they are not copied).</param>
public sealed class LatentFactors(int count, int dimension, float[] values)
{
    /// <summary>Rows one parallel task sums into its share of <see cref="Gramian"/>.</summary>
    private const int RowsPerBlock = 1024;

    public LatentFactors(int count, int dimension)
        : this(count, dimension, new float[count * dimension])
    {
    }

    public int Count { get; } = count;

    public int Dimension { get; } = dimension;

    public float[] Values { get; } = values.Length == count * dimension
        ? values
        : throw new ArgumentException($"{count} rows of {dimension} need {count * dimension} values.", nameof(values));

    public Span<float> Row(int row) => Values.AsSpan(row * Dimension, Dimension);

    /// <summary>
    /// G = Σ_rows r rᵀ (Dimension × Dimension, row-major): what every pair's term sums to. Fixed blocks of rows are summed
    /// in parallel and their sums added in block order, so G does not depend on the number of threads.
    /// </summary>
    public float[] Gramian()
    {
        var blocks = (Count + RowsPerBlock - 1) / RowsPerBlock;
        var sums = new float[blocks][];
        Parallel.For(0, blocks, block => sums[block] = UpperGramian(block * RowsPerBlock, Math.Min(Count, (block + 1) * RowsPerBlock)));
        var gramian = new float[Dimension * Dimension];
        foreach (var sum in sums)
        {
            TensorPrimitives.Add(gramian, sum, gramian);
        }

        for (var a = 0; a < Dimension; a++)
        {
            for (var b = 0; b < a; b++)
            {
                gramian[(a * Dimension) + b] = gramian[(b * Dimension) + a];
            }
        }

        return gramian;
    }

    /// <summary>Σ over every (row of this, row of <paramref name="other"/>) of their dot product squared (<see cref="SquaredScores"/>).</summary>
    public double SumOfSquaredScores(LatentFactors other) => SquaredScores.Sum(this, other);

    /// <summary>
    /// Σ r rᵀ over rows [<paramref name="start"/>, <paramref name="end"/>) on and above the diagonal (a few entries below
    /// it too, which the caller overwrites), four rows at a time so that each row of the sum is loaded once per four.
    /// </summary>
    private float[] UpperGramian(int start, int end)
    {
        var sum = new float[Dimension * Dimension];
        ref var values = ref MemoryMarshal.GetArrayDataReference(Values);
        ref var target = ref MemoryMarshal.GetArrayDataReference(sum);
        var step = Vector256<float>.Count;
        for (var row = start; row < end; row += 4)
        {
            // Rows past the end stand in as the last row with a zero weight.
            var rows = Math.Min(4, end - row);
            ref var r0 = ref Unsafe.Add(ref values, row * Dimension);
            ref var r1 = ref Unsafe.Add(ref values, (row + Math.Min(1, rows - 1)) * Dimension);
            ref var r2 = ref Unsafe.Add(ref values, (row + Math.Min(2, rows - 1)) * Dimension);
            ref var r3 = ref Unsafe.Add(ref values, (row + Math.Min(3, rows - 1)) * Dimension);
            for (var a = 0; a < Dimension; a++)
            {
                var (c0, c1, c2, c3) = (Unsafe.Add(ref r0, a), rows > 1 ? Unsafe.Add(ref r1, a) : 0f, rows > 2 ? Unsafe.Add(ref r2, a) : 0f, rows > 3 ? Unsafe.Add(ref r3, a) : 0f);
                ref var line = ref Unsafe.Add(ref target, a * Dimension);
                var column = a / step * step;
                for (; column <= Dimension - step; column += step)
                {
                    var at = (nuint)column;
                    var total = Vector256.LoadUnsafe(ref line, at);
                    total = Vector256.FusedMultiplyAdd(Vector256.Create(c0), Vector256.LoadUnsafe(ref r0, at), total);
                    total = Vector256.FusedMultiplyAdd(Vector256.Create(c1), Vector256.LoadUnsafe(ref r1, at), total);
                    total = Vector256.FusedMultiplyAdd(Vector256.Create(c2), Vector256.LoadUnsafe(ref r2, at), total);
                    total = Vector256.FusedMultiplyAdd(Vector256.Create(c3), Vector256.LoadUnsafe(ref r3, at), total);
                    total.StoreUnsafe(ref line, at);
                }

                for (; column < Dimension; column++)
                {
                    Unsafe.Add(ref line, column) += (c0 * Unsafe.Add(ref r0, column)) + (c1 * Unsafe.Add(ref r1, column))
                        + (c2 * Unsafe.Add(ref r2, column)) + (c3 * Unsafe.Add(ref r3, column));
                }
            }
        }

        return sum;
    }
}
