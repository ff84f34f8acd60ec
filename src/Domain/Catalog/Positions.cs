namespace KnowledgePay.Domain.Catalog;

/// <summary>Keeps sibling positions dense (0, 1, 2, …) whenever one is inserted, moved or removed.</summary>
internal static class Positions
{
    /// <summary>Places <paramref name="item"/> at <paramref name="position"/> among <paramref name="siblings"/> (which must not contain it).</summary>
    public static void Insert<T>(IEnumerable<T> siblings, T item, int position)
        where T : IPositioned
    {
        var ordered = siblings.OrderBy(s => s.Position).ToList();
        if (position < 0 || position > ordered.Count)
        {
            throw CourseErrors.InvalidPosition(position, ordered.Count);
        }

        ordered.Insert(position, item);
        Renumber(ordered);
    }

    /// <summary>Closes the gap a removed sibling left among the remaining <paramref name="siblings"/>.</summary>
    public static void Close<T>(IEnumerable<T> siblings)
        where T : IPositioned =>
        Renumber(siblings.OrderBy(s => s.Position).ToList());

    private static void Renumber<T>(List<T> ordered)
        where T : IPositioned
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].PlaceAt(i);
        }
    }
}
