namespace KnowledgePay.Recommender.Ratings;

/// <summary>N(u): the items each user showed interest in, rated or not (views, purchases, reviews), by dense index.</summary>
public sealed class ImplicitFeedback
{
    private readonly int[][] _items;

    private ImplicitFeedback(int[][] items) => _items = items;

    public int UserCount => _items.Length;

    /// <summary>Each user's distinct items among <paramref name="pairs"/>; users without any get an empty set.</summary>
    public static ImplicitFeedback Of(IEnumerable<(int User, int Item)> pairs, int userCount)
    {
        var sets = new HashSet<int>[userCount];
        foreach (var (user, item) in pairs)
        {
            (sets[user] ??= []).Add(item);
        }

        return new ImplicitFeedback([.. sets.Select(set => set is null ? [] : set.Order().ToArray())]);
    }

    public ReadOnlySpan<int> ItemsOf(int user) => _items[user];
}
