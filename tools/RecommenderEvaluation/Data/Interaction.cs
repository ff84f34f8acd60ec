namespace KnowledgePay.RecommenderEvaluation.Data;

/// <summary>One user–item event. Users and items are dense indices into <see cref="InteractionData"/>'s id lists.</summary>
public readonly record struct Interaction(int User, int Item, float Rating, long Timestamp);
