namespace KnowledgePay.RecommenderEvaluation.Models;

/// <summary>
/// EASE^R: <paramref name="Lambda"/> is the L2 weight added to the Gram matrix's diagonal; only items with at least
/// <paramref name="MinInteractions"/> training interactions are modelled (the dense item–item inverse grows with the
/// cube of their number), the rest rank below them; <paramref name="Dropout"/> p &gt; 0 makes it Steck 2020's EDLAE (an item's
/// L2 weight grows by p / (1 − p) times its interaction count). Defaults: λ chosen on protocol (a) validation splits, m the
/// one whose fit stays within seconds, p 0 (EASE^R, the baseline). <paramref name="UserWeightExponent"/> α &gt; 0 weighs a user's
/// row of the loss by (n_u / n̄)^−α (<see cref="KnowledgePay.Recommender.Training.Ease.EaseWeights"/>); 0 is EASE^R.
/// <paramref name="RandomWalkShare"/> c &gt; 0 blends B with RP3beta's weights (<paramref name="RandomWalk"/>'s α, β and k over the same
/// items) as the served model does; 0 is EASE alone. <see cref="TimeScaleDays"/> τ &gt; 0 weighs each user's pair of items by
/// (1 − m) + m·exp(−gap / τ), m = <see cref="TimeMix"/> (<see cref="KnowledgePay.Recommender.Training.Ease.TimeKernel"/>); 0 is EASE^R.
/// </summary>
public sealed record EaseOptions(
    float Lambda = 300f, int MinInteractions = 10, float Dropout = 0f, float UserWeightExponent = 0f, float RandomWalkShare = 0f,
    Rp3BetaOptions? RandomWalk = null)
{
    public Rp3BetaOptions RandomWalk { get; init; } = RandomWalk ?? new();

    /// <summary>τ in days of the time kernel; 0 weighs every pair alike.</summary>
    public float TimeScaleDays { get; init; }

    /// <summary>m: the time kernel's share of a pair's weight.</summary>
    public float TimeMix { get; init; } = 1f;
}
