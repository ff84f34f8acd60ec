using System.ComponentModel.DataAnnotations;

namespace KnowledgePay.Recommender.Training.Ease;

/// <summary>
/// Section <c>Recommendations:Ease</c>: the EASE^R part of <see cref="RecommenderAlgorithm.WarpImplicitAlsEase"/>
/// (Steck 2019) and its share of the served score. Defaults chosen on validation splits of MovieLens small
/// (docs/recommender/served-model-with-ease.md).
/// </summary>
public sealed record EaseBlendOptions
{
    /// <summary>λ: the L2 weight on the item–item weights, added to the Gram matrix's diagonal.</summary>
    [Range(0.001, 1_000_000.0)]
    public float Regularization { get; init; } = 300f;

    /// <summary>Courses need this many distinct learners to be modelled; the others get no EASE score.</summary>
    [Range(1, 1_000_000)]
    public int MinimumLearners { get; init; } = 10;

    /// <summary>
    /// At most this many courses (the most taken) are modelled: training inverts a dense matrix of this side, which costs
    /// its cube in time and its square in memory (3,000 courses: 2.7·10¹⁰ multiply-adds, 72 MB).
    /// </summary>
    [Range(1, 20_000)]
    public int MaximumCourses { get; init; } = 3000;

    /// <summary>
    /// p: the dropout probability of Steck 2020's EDLAE; a course's L2 weight grows by p / (1 − p) times its learner
    /// count. 0 is EASE^R.
    /// </summary>
    [Range(0.0, 0.95)]
    public float Dropout { get; init; }

    /// <summary>
    /// α: a learner's row of the loss weighs (n_u / n̄)^−α, n_u their courses and n̄ the mean, so long histories stop
    /// dominating the Gram matrix. 0 weighs every learner alike (EASE^R).
    /// </summary>
    [Range(0.0, 2.0)]
    public float LearnerWeightExponent { get; init; }

    /// <summary>
    /// τ in days: each learner's pair of courses weighs (1 − m) + m·exp(−gap / τ) in EASE's Gram matrix, the gap between
    /// the times they first took the two (<see cref="TimeKernel"/>). 0 weighs every pair alike (EASE^R).
    /// </summary>
    [Range(0.0, 1_000_000.0)]
    public float TimeScaleDays { get; init; }

    /// <summary>m: the time kernel's share of a pair's weight when <see cref="TimeScaleDays"/> is set.</summary>
    [Range(0.0, 1.0)]
    public float TimeMix { get; init; } = 1f;

    /// <summary>
    /// c: the share of RP3beta's item–item weights (<see cref="RandomWalkWeights"/>) in the served item–item weights,
    /// (1 − c)·B + c·κ·W with κ = ‖B‖/‖W‖; still one dot product per course. 0 serves EASE alone.
    /// </summary>
    [Range(0.0, 1.0)]
    public float RandomWalkShare { get; init; }

    /// <summary>α of RP3beta: each step's transition probability is raised to it.</summary>
    [Range(0.0, 4.0)]
    public float RandomWalkExponent { get; init; } = 1f;

    /// <summary>β of RP3beta: a course's weight is divided by its learners to this power.</summary>
    [Range(0.0, 4.0)]
    public float RandomWalkPopularityExponent { get; init; } = 0.5f;

    /// <summary>k of RP3beta: each course keeps this many largest weights.</summary>
    [Range(1, 20_000)]
    public int RandomWalkNeighbours { get; init; } = 100;

    /// <summary>
    /// Length of the EASE part of the served vectors: the learners' EASE scores are projected on this many directions
    /// (randomised subspace iteration); at least the number of modelled courses serves EASE exactly.
    /// </summary>
    [Range(1, 20_000)]
    public int Rank { get; init; } = 3000;

    /// <summary>
    /// w of the WARP ⊕ iALS part in this algorithm (the iALS share of it); <c>ImplicitAls:BlendWeight</c> is that of
    /// <see cref="RecommenderAlgorithm.WarpWithImplicitAls"/> alone, whose best share is larger.
    /// </summary>
    [Range(0.0, 1.0)]
    public float ImplicitAlsBlendWeight { get; init; } = 0.3f;

    /// <summary>
    /// The share of the served score that comes from EASE (after it is scaled to the root-mean-square score of the
    /// WARP ⊕ iALS part); 0 serves WARP ⊕ iALS alone.
    /// </summary>
    [Range(0.0, 1.0)]
    public float BlendWeight { get; init; } = 0.5f;
}
