namespace KnowledgePay.Domain.Segments;

/// <summary>
/// A segment's rule: a tree of groups (all of, any of, not) whose leaves are conditions on a known field. The tree is
/// translated to one SQL statement; it is never evaluated user by user.
/// </summary>
public abstract record SegmentRule
{
    private protected SegmentRule()
    {
    }

    /// <summary>Levels of groups above the deepest condition, counting this one (a lone condition is 1).</summary>
    public abstract int Depth { get; }

    public abstract IEnumerable<SegmentCondition> Conditions();
}

/// <summary>Every child holds.</summary>
public sealed record AllOfRule(IReadOnlyList<SegmentRule> Rules) : SegmentRule
{
    public override int Depth => 1 + Rules.Max(r => r.Depth);

    public override IEnumerable<SegmentCondition> Conditions() => Rules.SelectMany(r => r.Conditions());
}

/// <summary>At least one child holds.</summary>
public sealed record AnyOfRule(IReadOnlyList<SegmentRule> Rules) : SegmentRule
{
    public override int Depth => 1 + Rules.Max(r => r.Depth);

    public override IEnumerable<SegmentCondition> Conditions() => Rules.SelectMany(r => r.Conditions());
}

/// <summary>The child does not hold.</summary>
public sealed record NotRule(SegmentRule Rule) : SegmentRule
{
    public override int Depth => 1 + Rule.Depth;

    public override IEnumerable<SegmentCondition> Conditions() => Rule.Conditions();
}

/// <summary>
/// One test on a user: a field from the segment field catalogue, an operator it allows, the values it compares with
/// (text as typed: ids, enum names, numbers) and, for behaviour fields, the look-back window in days.
/// </summary>
public sealed record SegmentCondition(string Field, SegmentOperator Operator, IReadOnlyList<string> Values, int? WithinDays)
    : SegmentRule
{
    public override int Depth => 1;

    public override IEnumerable<SegmentCondition> Conditions() => [this];
}
