using KnowledgePay.Domain.Segments;

namespace KnowledgePay.Application.Segments.Rules;

/// <summary>
/// A rule as the client wrote it (the GraphQL input): each node sets exactly one of <see cref="All"/>, <see cref="Any"/>,
/// <see cref="Not"/> or <see cref="Condition"/>. <see cref="ToRule"/> turns it into the domain rule or a typed error.
/// </summary>
public sealed record SegmentRuleNode
{
    public IReadOnlyList<SegmentRuleNode>? All { get; init; }

    public IReadOnlyList<SegmentRuleNode>? Any { get; init; }

    public SegmentRuleNode? Not { get; init; }

    public SegmentConditionNode? Condition { get; init; }

    /// <summary>The checked rule: its shape (one kind per node, no empty group, within the limits), fields, operators and values.</summary>
    public SegmentRule ToRule() => SegmentFields.Checked(Segment.CheckShape(Convert(this, 1)));

    private static SegmentRule Convert(SegmentRuleNode node, int depth)
    {
        if (depth > SegmentLimits.MaxDepth)
        {
            throw SegmentErrors.TooComplex();
        }

        var kinds = (node.All is null ? 0 : 1) + (node.Any is null ? 0 : 1) + (node.Not is null ? 0 : 1) + (node.Condition is null ? 0 : 1);
        if (kinds != 1)
        {
            throw SegmentErrors.InvalidShape($"a node sets {kinds} of them.");
        }

        return node switch
        {
            { All: { } all } => new AllOfRule([.. all.Select(n => Convert(n, depth + 1))]),
            { Any: { } any } => new AnyOfRule([.. any.Select(n => Convert(n, depth + 1))]),
            { Not: { } not } => new NotRule(Convert(not, depth + 1)),
            _ => new SegmentCondition(
                node.Condition!.Field.Trim(), node.Condition.Operator, node.Condition.Values ?? [], node.Condition.WithinDays),
        };
    }
}

/// <summary>A condition as written: a field name from <c>segmentFields</c>, an operator, its values and look-back.</summary>
public sealed record SegmentConditionNode(string Field, SegmentOperator Operator, IReadOnlyList<string>? Values, int? WithinDays);
