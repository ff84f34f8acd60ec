using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Recommender.Training.ImplicitAls;

/// <summary>
/// Section <c>Recommendations:ImplicitAls</c>: hyper-parameters of implicit alternating least squares in the scheme of
/// Rendle et al. 2021, "Revisiting the performance of iALS on item recommendation benchmarks" (RecSys '22): every
/// user–course pair is pulled towards 0 with the small weight <see cref="UnobservedWeight"/> (α0), observed pairs
/// towards 1 with their interaction weight, and each row's L2 penalty grows with how much it is used
/// (<see cref="RegularizationExponent"/>). Defaults tuned on validation splits of MovieLens small (docs/walkthroughs).
/// </summary>
public sealed record ImplicitAlsOptions
{
    /// <summary>Length of each user and course factor; iALS keeps improving with more dimensions if λ grows with them.</summary>
    [Range(1, 512)]
    public int Dimension { get; init; } = 64;

    /// <summary>Alternations (users solved, then courses).</summary>
    [Range(1, 1000)]
    public int Epochs { get; init; } = 16;

    /// <summary>λ: the base of every row's L2 penalty.</summary>
    [Range(0.0, 1000.0)]
    public float Regularization { get; init; } = 0.01f;

    /// <summary>
    /// ν: row u's penalty is λ (Σ observed weights of u + α0 · rows of the other side)^ν, so 0 is the classic uniform
    /// λ and 1 scales it with the row's share of the loss (Rendle et al. 2021, section 3.2).
    /// </summary>
    [Range(0.0, 2.0)]
    public float RegularizationExponent { get; init; } = 1f;

    /// <summary>α0: weight of the "every pair should score 0" term relative to an observed pair of weight 1.</summary>
    [Range(0.0, 100.0)]
    public float UnobservedWeight { get; init; } = 0.3f;

    /// <summary>Factors start normal with this standard deviation divided by √<see cref="Dimension"/>.</summary>
    [Range(0.0, 10.0)]
    public float InitialStandardDeviation { get; init; } = 0.1f;

    /// <summary>
    /// Conjugate-gradient steps per row and epoch, warm-started from the row's previous value (Takács et al. 2011);
    /// <see cref="Dimension"/> steps solve each row's system exactly.
    /// </summary>
    [Range(1, 512)]
    public int ConjugateGradientSteps { get; init; } = 3;

    /// <summary>
    /// In the WARP ⊕ iALS model: the share of the served score that comes from iALS (after both parts are scaled to the
    /// same root-mean-square score); 0 serves WARP alone, 1 iALS alone.
    /// </summary>
    [Range(0.0, 1.0)]
    public float BlendWeight { get; init; } = 0.6f;
}
