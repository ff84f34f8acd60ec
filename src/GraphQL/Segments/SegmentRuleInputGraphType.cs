using GraphQL.Types;
using KnowledgePay.Application.Segments.Rules;
using KnowledgePay.Domain.Segments;
using KnowledgePay.GraphQL.Conventions.Ids;

namespace KnowledgePay.GraphQL.Segments;

/// <summary>The rule as a recursive input (ADR 0031): Banana Cake Pop completes its fields and operators as one types.</summary>
internal sealed class SegmentRuleInputGraphType : InputObjectGraphType<SegmentRuleNode>
{
    public SegmentRuleInputGraphType()
    {
        Name = "SegmentRuleInput";
        Description = "Set exactly one of all, any, not or condition, e.g. { all: [{ condition: { field: \"city\", operator: EQUALS, "
            + "values: [\"杭州\"] } }, { not: { condition: { field: \"activeMember\", operator: IS_TRUE } } }] }. "
            + $"At most {SegmentLimits.MaxConditions} conditions, {SegmentLimits.MaxDepth} levels deep.";
        Field<ListGraphType<NonNullGraphType<SegmentRuleInputGraphType>>>("all").Description("Every rule holds.");
        Field<ListGraphType<NonNullGraphType<SegmentRuleInputGraphType>>>("any").Description("At least one rule holds.");
        Field<SegmentRuleInputGraphType>("not").Description("The rule does not hold.");
        Field<SegmentConditionInputGraphType>("condition").Description("A test on one field.");
    }
}

internal sealed class SegmentConditionInputGraphType : InputObjectGraphType<SegmentConditionNode>
{
    public SegmentConditionInputGraphType()
    {
        Name = "SegmentConditionInput";
        Description = "A test on one field: segmentFields lists the fields with their operators and values.";
        Field<NonNullGraphType<StringGraphType>>("field").Description("A field name, e.g. viewedCategory.");
        Field<NonNullGraphType<SegmentOperatorGraphType>>("operator");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("values")
            .Description("The values as text: ids (global ids as other queries return them), enum names (FROM_25_TO_34, ACTIVE), "
                + "whole numbers (fen, days) or a probability (0.3); none for IS_TRUE, several for IN.")
            .ParseValue(value => ((IEnumerable<object>)value).Select(v => RawId((string)v)).ToList());
        Field<IntGraphType>("withinDays").Description($"For behaviour fields (viewed…, abandonedCheckout): the look-back, 1 to {SegmentLimits.MaxWithinDays} days.");
    }

    /// <summary>A global id becomes the raw id the rule stores; any other text stays as written.</summary>
    private static string RawId(string value)
    {
        try
        {
            return GlobalId.Decode(value).Id.ToString();
        }
        catch (InvalidOperationException)
        {
            return value;
        }
    }
}

internal sealed class SegmentOperatorGraphType : EnumerationGraphType<SegmentOperator>
{
    public SegmentOperatorGraphType()
    {
        Name = "SegmentOperator";
        Description = "How a condition compares its field with its values.";
    }
}
