using System.Numerics;

namespace KnowledgePay.Recommender.Training;

/// <summary>One AdaGrad step with L2 over a span of parameters, a SIMD register at a time.</summary>
internal static class AdaGrad
{
    /// <summary>
    /// g = scale · direction + λ · parameter; squares += g²; parameter −= rate · g / √squares, element by element.
    /// </summary>
    public static void Step(
        Span<float> parameters, Span<float> squares, ReadOnlySpan<float> direction, float scale, float lambda, float rate)
    {
        var index = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; index <= parameters.Length - Vector<float>.Count; index += Vector<float>.Count)
            {
                var parameter = new Vector<float>(parameters[index..]);
                var gradient = (new Vector<float>(direction[index..]) * scale) + (parameter * lambda);
                var sum = new Vector<float>(squares[index..]) + (gradient * gradient);
                sum.CopyTo(squares[index..]);
                (parameter - (gradient * rate / Vector.SquareRoot(sum))).CopyTo(parameters[index..]);
            }
        }

        for (; index < parameters.Length; index++)
        {
            var gradient = (scale * direction[index]) + (lambda * parameters[index]);
            squares[index] += gradient * gradient;
            parameters[index] -= rate * gradient / MathF.Sqrt(squares[index]);
        }
    }
}
