namespace KnowledgePay.Recommender.Features;

/// <summary>
/// The model's vocabulary: every user or course feature becomes a token named <c>kind:key</c>, so a tag shared by a
/// user's interests and a course's tags is one word on each side and the model can learn that the two go together.
/// </summary>
public static class FeatureToken
{
    public const string Tag = "tag";
    public const string Category = "category";
    public const string Creator = "creator";
    public const string LessonKind = "lesson";
    public const string PriceBand = "price";
    public const string Demographic = "demo";

    /// <summary>The client platform a request or behaviour event came from (ios, android…): context, not a profile feature.</summary>
    public const string Platform = "platform";

    /// <summary>The part of the day (<see cref="Features.Daypart"/>) in the operator's time zone: context, not a profile feature.</summary>
    public const string Daypart = "daypart";

    public static string Of(string kind, string key) => $"{kind}:{key}";

    /// <summary>Splits a token back into its kind and key (the key may itself contain colons).</summary>
    public static (string Kind, string Key) Parse(string token)
    {
        var separator = token.IndexOf(':');
        return separator < 0 ? (string.Empty, token) : (token[..separator], token[(separator + 1)..]);
    }
}
