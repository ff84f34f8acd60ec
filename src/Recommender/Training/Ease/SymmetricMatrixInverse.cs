using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KnowledgePay.Recommender.Training.Ease;

/// <summary>Inverts a symmetric positive-definite matrix in place.</summary>
public static class SymmetricMatrixInverse
{
    /// <summary>Pivots eliminated together: their row panel (this many rows of doubles) stays in the core's cache.</summary>
    private const int Panel = 32;

    /// <summary>Rows of the matrix one parallel task updates.</summary>
    private const int RowsPerTask = 16;

    /// <summary>
    /// Gauss–Jordan elimination without pivoting, which is stable for a symmetric positive-definite matrix (every pivot
    /// is positive), <see cref="Panel"/> pivots at a time: with K the panel's pivots and M the matrix before them,
    /// M_KK ← M_KK⁻¹, M_Kj ← M_KK⁻¹·M_Kj, M_iK ← −M_iK·M_KK⁻¹ and M_ij ← M_ij − M_iK·M_KK⁻¹·M_Kj, which is what the
    /// panel's pivots one after the other leave. The last, n² multiply-adds per panel, is a rank-32 update that reads each
    /// row once and runs on every core, where one pivot at a time streams the whole matrix through memory per pivot.
    /// n³ multiply-adds in all. <paramref name="matrix"/> is row-major <paramref name="size"/> × <paramref name="size"/>.
    /// </summary>
    public static void InvertInPlace(double[] matrix, int size)
    {
        var pivots = new double[Panel * Panel];
        var rowPanel = new double[Panel * size];
        var columnPanel = new double[size * Panel];
        for (var start = 0; start < size; start += Panel)
        {
            var width = Math.Min(Panel, size - start);
            for (var row = 0; row < width; row++)
            {
                matrix.AsSpan(((start + row) * size) + start, width).CopyTo(pivots.AsSpan(row * width, width));
            }

            EliminateOneByOne(pivots, width);

            // R = M_KK⁻¹ · M_K· over every column (its K columns become the identity), C = M_·K.
            var panel = rowPanel.AsSpan(0, width * size);
            panel.Clear();
            for (var row = 0; row < width; row++)
            {
                var target = panel.Slice(row * size, size);
                for (var pivot = 0; pivot < width; pivot++)
                {
                    TensorPrimitives.MultiplyAdd(matrix.AsSpan((start + pivot) * size, size), pivots[(row * width) + pivot], target, target);
                }
            }

            for (var row = 0; row < size; row++)
            {
                matrix.AsSpan((row * size) + start, width).CopyTo(columnPanel.AsSpan(row * width, width));
            }

            var (first, last) = (start, start + width);
            Parallel.For(0, (size + RowsPerTask - 1) / RowsPerTask, task =>
            {
                Span<double> column = stackalloc double[Panel];
                for (var row = task * RowsPerTask; row < Math.Min(size, (task + 1) * RowsPerTask); row++)
                {
                    if (row >= first && row < last)
                    {
                        continue;
                    }

                    var target = matrix.AsSpan(row * size, size);
                    var multipliers = columnPanel.AsSpan(row * width, width);
                    SubtractProduct(target, multipliers, rowPanel, width, size);

                    // M_iK ← −M_iK · M_KK⁻¹ (the update above left zeros there).
                    column[..width].Clear();
                    for (var pivot = 0; pivot < width; pivot++)
                    {
                        TensorPrimitives.MultiplyAdd(pivots.AsSpan(pivot * width, width), -multipliers[pivot], column[..width], column[..width]);
                    }

                    column[..width].CopyTo(target.Slice(start, width));
                }
            });

            panel.CopyTo(matrix.AsSpan(start * size, width * size));
            for (var row = 0; row < width; row++)
            {
                pivots.AsSpan(row * width, width).CopyTo(matrix.AsSpan(((start + row) * size) + start, width));
            }
        }
    }

    /// <summary>The one-pivot-at-a-time elimination, for a panel's pivot block.</summary>
    private static void EliminateOneByOne(double[] matrix, int size)
    {
        for (var pivot = 0; pivot < size; pivot++)
        {
            var pivotRow = matrix.AsSpan(pivot * size, size);
            var scale = 1.0 / pivotRow[pivot];
            pivotRow[pivot] = 1.0;
            TensorPrimitives.Multiply(pivotRow, scale, pivotRow);
            for (var row = 0; row < size; row++)
            {
                var target = matrix.AsSpan(row * size, size);
                var factor = target[pivot];
                if (row == pivot || factor == 0)
                {
                    continue;
                }

                target[pivot] = 0.0;
                TensorPrimitives.MultiplyAdd(pivotRow, -factor, target, target);
            }
        }
    }

    /// <summary>target −= Σ_t multipliers[t] · panel row t, sixteen columns at a time held in registers.</summary>
    private static void SubtractProduct(Span<double> target, ReadOnlySpan<double> multipliers, double[] panel, int width, int size)
    {
        ref var result = ref MemoryMarshal.GetReference(target);
        ref var rows = ref MemoryMarshal.GetArrayDataReference(panel);
        var step = Vector256<double>.Count;
        var column = 0;
        for (; column <= size - (4 * step); column += 4 * step)
        {
            var at = (nuint)column;
            var a0 = Vector256.LoadUnsafe(ref result, at);
            var a1 = Vector256.LoadUnsafe(ref result, at + (nuint)step);
            var a2 = Vector256.LoadUnsafe(ref result, at + (nuint)(2 * step));
            var a3 = Vector256.LoadUnsafe(ref result, at + (nuint)(3 * step));
            for (var t = 0; t < width; t++)
            {
                var factor = Vector256.Create(-multipliers[t]);
                ref var source = ref Unsafe.Add(ref rows, (t * size) + column);
                a0 = Vector256.FusedMultiplyAdd(factor, Vector256.LoadUnsafe(ref source), a0);
                a1 = Vector256.FusedMultiplyAdd(factor, Vector256.LoadUnsafe(ref source, (nuint)step), a1);
                a2 = Vector256.FusedMultiplyAdd(factor, Vector256.LoadUnsafe(ref source, (nuint)(2 * step)), a2);
                a3 = Vector256.FusedMultiplyAdd(factor, Vector256.LoadUnsafe(ref source, (nuint)(3 * step)), a3);
            }

            a0.StoreUnsafe(ref result, at);
            a1.StoreUnsafe(ref result, at + (nuint)step);
            a2.StoreUnsafe(ref result, at + (nuint)(2 * step));
            a3.StoreUnsafe(ref result, at + (nuint)(3 * step));
        }

        for (; column < size; column++)
        {
            var sum = target[column];
            for (var t = 0; t < width; t++)
            {
                sum -= multipliers[t] * panel[(t * size) + column];
            }

            target[column] = sum;
        }
    }
}
