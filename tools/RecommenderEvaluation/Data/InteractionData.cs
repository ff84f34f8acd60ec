namespace KnowledgePay.RecommenderEvaluation.Data;

/// <summary>Interactions with the original user and item ids; index <c>i</c> of an id list is dense index <c>i</c>.</summary>
public sealed record InteractionData(
    IReadOnlyList<Interaction> Interactions,
    IReadOnlyList<string> UserIds,
    IReadOnlyList<string> ItemIds)
{
    public int UserCount => UserIds.Count;

    public int ItemCount => ItemIds.Count;

    /// <summary>For a fixed train/test pair, how many leading interactions are the training file's; null otherwise.</summary>
    public int? TrainCount { get; init; }

    /// <summary>Explicit data carries more than one distinct rating value; implicit files repeat one value (or omit the column).</summary>
    public bool IsExplicit => Interactions.Select(interaction => interaction.Rating).Distinct().Skip(1).Any();

    /// <summary>The same interactions with every rating 1: each one is an interaction and every held-out one is relevant.</summary>
    public InteractionData AsImplicit() =>
        this with { Interactions = [.. Interactions.Select(interaction => interaction with { Rating = 1f })] };
}
