namespace KnowledgePay.Recommender.Ratings;

/// <summary>A star rating of item <paramref name="Item"/> by user <paramref name="User"/>, both dense indices.</summary>
public readonly record struct Rating(int User, int Item, float Stars);
