using System.Numerics.Tensors;

namespace KnowledgePay.Recommender.Training.Ease;

/// <summary>Inverts a symmetric positive-definite matrix in place.</summary>
public static class SymmetricMatrixInverse
{
    /// <summary>
    /// Gauss–Jordan elimination without pivoting, which is stable for a symmetric positive-definite matrix (every pivot
    /// is positive); n³ multiply-adds, each pivot step one vectorised row update per row. <paramref name="matrix"/> is
    /// row-major <paramref name="size"/> × <paramref name="size"/>.
    /// </summary>
    public static void InvertInPlace(double[] matrix, int size)
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
}
