namespace KnowledgePay.Analytics;

/// <summary>One labelled row of figures (a day, a funnel step, the totals).</summary>
internal sealed record AnswerRow(string Key, long[] Figures)
{
    public override string ToString() => $"{Key}: {string.Join(" / ", Figures)}";
}

/// <summary>
/// An answer reduced to what both sides can state: its non-empty rows in key order (the product fills empty buckets
/// with zeros, a grouped statement has no row for them), so the product's and the floor's answers compare as text.
/// </summary>
internal sealed class Answer(IEnumerable<AnswerRow> rows)
{
    private readonly List<AnswerRow> _rows = [.. rows.Where(r => r.Figures.Any(f => f != 0)).OrderBy(r => r.Key, StringComparer.Ordinal)];

    public int Rows => _rows.Count;


    /// <summary>Throws with the first differing row unless <paramref name="other"/> states the same figures.</summary>
    public void MustEqual(Answer other, string what)
    {
        for (var i = 0; i < Math.Max(_rows.Count, other._rows.Count); i++)
        {
            var (mine, theirs) = (_rows.ElementAtOrDefault(i)?.ToString(), other._rows.ElementAtOrDefault(i)?.ToString());
            if (mine != theirs)
            {
                throw new InvalidOperationException($"{what}: the product says [{mine}], the hand-written statement [{theirs}].");
            }
        }
    }
}

/// <summary>The instants a range of local dates covers in its time zone, as the hand-written statements take them.</summary>
internal sealed record Window(DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Zone);
