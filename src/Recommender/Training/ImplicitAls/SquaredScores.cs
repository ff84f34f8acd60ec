using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Training.ImplicitAls;

/// <summary>
/// Σ over every (row p of one side, row q of the other) of (p·q)² = Σ_p pᵀ G p, G = Σ_q q qᵀ the other side's Gramian,
/// without the first side's Gramian (which costs d² per row). The other side's columns are split into dense ones D and
/// sparse ones S (non-zero in few rows, like the exact EASE part's, one course each); G is kept as its D rows, the S
/// columns of them doubled so that they count the D–S terms both ways, and its few S–S entries. Each p then costs
/// |D| · d + (S–S entries) instead of d², and the rows are summed in parallel, four at a time along each row of G.
/// </summary>
internal static class SquaredScores
{
    /// <summary>A column non-zero in at most one in this many rows of the other side counts as sparse.</summary>
    private const int SparseShare = 16;

    private const int Block = 4;

    private const int RowsPerGroup = 256;

    public static double Sum(LatentFactors rows, LatentFactors others)
    {
        var (dense, sparse) = Columns(others);
        var columns = dense.Concat(sparse).ToArray();
        var (denseRows, sparseEntries) = Gramian(others, columns, dense.Length);
        // Fixed groups of rows, their sums added in group order: the total, and so κ, does not depend on the threads.
        var groups = (rows.Count + RowsPerGroup - 1) / RowsPerGroup;
        var sums = new double[groups];
        Parallel.For(
            0,
            groups,
            () => new float[Block * columns.Length],
            (group, _, packed) =>
            {
                var end = Math.Min(rows.Count, (group + 1) * RowsPerGroup);
                for (var first = group * RowsPerGroup; first < end; first += Block)
                {
                    var count = Math.Min(Block, end - first);
                    Array.Clear(packed);
                    for (var row = 0; row < count; row++)
                    {
                        var source = rows.Row(first + row);
                        var target = packed.AsSpan(row * columns.Length, columns.Length);
                        for (var column = 0; column < columns.Length; column++)
                        {
                            target[column] = source[columns[column]];
                        }
                    }

                    sums[group] += Quadratic(packed, columns.Length, denseRows, dense.Length) + SparseQuadratic(packed, columns.Length, count, sparseEntries);
                }

                return packed;
            },
            _ => { });
        return sums.Sum();
    }

    /// <summary>The columns non-zero in many of <paramref name="factors"/>' rows and those non-zero in few; all-zero columns are in neither.</summary>
    private static (int[] Dense, int[] Sparse) Columns(LatentFactors factors)
    {
        var nonZero = new int[factors.Dimension];
        for (var row = 0; row < factors.Count; row++)
        {
            var values = factors.Row(row);
            for (var column = 0; column < values.Length; column++)
            {
                if (values[column] != 0f)
                {
                    nonZero[column]++;
                }
            }
        }

        var all = Enumerable.Range(0, factors.Dimension).Where(column => nonZero[column] > 0).ToArray();
        return ([.. all.Where(column => (long)nonZero[column] * SparseShare > factors.Count)], [.. all.Where(column => (long)nonZero[column] * SparseShare <= factors.Count)]);
    }

    /// <summary>
    /// G in the order of <paramref name="columns"/> (dense first): its dense rows, each row's sparse part doubled, and its
    /// non-zero sparse–sparse entries (row, column, value).
    /// </summary>
    private static (float[] DenseRows, (int Row, int Column, double Value)[] SparseEntries) Gramian(LatentFactors factors, int[] columns, int denseCount)
    {
        var width = columns.Length;
        var denseRows = new float[denseCount * width];
        var sparseSparse = new Dictionary<(int, int), double>();
        var values = new float[width];
        var sparseColumns = new List<int>();
        for (var row = 0; row < factors.Count; row++)
        {
            var source = factors.Row(row);
            sparseColumns.Clear();
            for (var column = 0; column < width; column++)
            {
                values[column] = source[columns[column]];
                if (column >= denseCount && values[column] != 0f)
                {
                    sparseColumns.Add(column);
                }
            }

            for (var dense = 0; dense < denseCount; dense++)
            {
                var value = values[dense];
                if (value == 0f)
                {
                    continue;
                }

                var target = denseRows.AsSpan(dense * width, width);
                TensorPrimitives.MultiplyAdd(values.AsSpan(0, denseCount), value, target[..denseCount], target[..denseCount]);
                foreach (var column in sparseColumns)
                {
                    target[column] += 2f * value * values[column];
                }
            }

            foreach (var a in sparseColumns)
            {
                foreach (var b in sparseColumns)
                {
                    sparseSparse[(a, b)] = sparseSparse.GetValueOrDefault((a, b)) + ((double)values[a] * values[b]);
                }
            }
        }

        return (denseRows, [.. sparseSparse.Select(entry => (entry.Key.Item1, entry.Key.Item2, entry.Value))]);
    }

    /// <summary>Σ over the packed rows p of Σ_{a ∈ D} p_a (G'_a · p), G' the dense rows with their sparse parts doubled.</summary>
    private static double Quadratic(float[] packed, int width, float[] denseRows, int denseCount)
    {
        var rows = packed.AsSpan();
        var sum = 0.0;
        for (var dense = 0; dense < denseCount; dense++)
        {
            var (d0, d1, d2, d3) = Dots(denseRows.AsSpan(dense * width, width), rows, width);
            sum += ((double)rows[dense] * d0) + ((double)rows[width + dense] * d1) + ((double)rows[(2 * width) + dense] * d2)
                + ((double)rows[(3 * width) + dense] * d3);
        }

        return sum;
    }

    private static double SparseQuadratic(float[] packed, int width, int count, (int Row, int Column, double Value)[] entries)
    {
        var sum = 0.0;
        for (var row = 0; row < count; row++)
        {
            var offset = row * width;
            foreach (var (a, b, value) in entries)
            {
                sum += value * packed[offset + a] * packed[offset + b];
            }
        }

        return sum;
    }

    /// <summary>The dot products of <paramref name="left"/> with the four rows of <paramref name="rows"/>, loading each value of it once.</summary>
    private static (float, float, float, float) Dots(ReadOnlySpan<float> left, ReadOnlySpan<float> rows, int width)
    {
        ref var l = ref MemoryMarshal.GetReference(left);
        ref var r0 = ref MemoryMarshal.GetReference(rows);
        ref var r1 = ref Unsafe.Add(ref r0, width);
        ref var r2 = ref Unsafe.Add(ref r1, width);
        ref var r3 = ref Unsafe.Add(ref r2, width);
        var (a0, a1, a2, a3) = (Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero, Vector256<float>.Zero);
        var index = 0;
        for (; index <= width - Vector256<float>.Count; index += Vector256<float>.Count)
        {
            var at = (nuint)index;
            var value = Vector256.LoadUnsafe(ref l, at);
            a0 = Vector256.FusedMultiplyAdd(value, Vector256.LoadUnsafe(ref r0, at), a0);
            a1 = Vector256.FusedMultiplyAdd(value, Vector256.LoadUnsafe(ref r1, at), a1);
            a2 = Vector256.FusedMultiplyAdd(value, Vector256.LoadUnsafe(ref r2, at), a2);
            a3 = Vector256.FusedMultiplyAdd(value, Vector256.LoadUnsafe(ref r3, at), a3);
        }

        var (s0, s1, s2, s3) = (Vector256.Sum(a0), Vector256.Sum(a1), Vector256.Sum(a2), Vector256.Sum(a3));
        for (; index < width; index++)
        {
            var value = Unsafe.Add(ref l, index);
            s0 += value * Unsafe.Add(ref r0, index);
            s1 += value * Unsafe.Add(ref r1, index);
            s2 += value * Unsafe.Add(ref r2, index);
            s3 += value * Unsafe.Add(ref r3, index);
        }

        return (s0, s1, s2, s3);
    }
}
