using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgePay.Domain.Segments;

namespace KnowledgePay.Application.Segments.Rules;

/// <summary>
/// A rule as JSON in the shape of the GraphQL input (<c>{"all":[…]}</c>, <c>{"any":[…]}</c>, <c>{"not":{…}}</c>,
/// <c>{"condition":{"field":…,"operator":"IN","values":[…],"withinDays":7}}</c>): how it is stored and shown.
/// </summary>
public static class SegmentRuleJson
{
    public static string Write(SegmentRule rule) => Node(rule).ToJsonString();

    public static SegmentRule Read(string json) =>
        Rule(JsonNode.Parse(json) as JsonObject ?? throw new JsonException("A segment rule is a JSON object."));

    private static JsonObject Node(SegmentRule rule) => rule switch
    {
        AllOfRule all => new JsonObject { ["all"] = new JsonArray([.. all.Rules.Select(r => (JsonNode)Node(r))]) },
        AnyOfRule any => new JsonObject { ["any"] = new JsonArray([.. any.Rules.Select(r => (JsonNode)Node(r))]) },
        NotRule not => new JsonObject { ["not"] = Node(not.Rule) },
        SegmentCondition c => new JsonObject
        {
            ["condition"] = new JsonObject
            {
                ["field"] = c.Field,
                ["operator"] = OperatorName(c.Operator),
                ["values"] = new JsonArray([.. c.Values.Select(v => (JsonNode?)JsonValue.Create(v))]),
                ["withinDays"] = c.WithinDays,
            },
        },
        _ => throw new ArgumentOutOfRangeException(nameof(rule)),
    };

    private static SegmentRule Rule(JsonObject node)
    {
        if (node["all"] is JsonArray all)
        {
            return new AllOfRule([.. all.Select(r => Rule(r!.AsObject()))]);
        }

        if (node["any"] is JsonArray any)
        {
            return new AnyOfRule([.. any.Select(r => Rule(r!.AsObject()))]);
        }

        if (node["not"] is JsonObject not)
        {
            return new NotRule(Rule(not));
        }

        var c = node["condition"]!.AsObject();
        return new SegmentCondition(
            c["field"]!.GetValue<string>(),
            Enum.Parse<SegmentOperator>(c["operator"]!.GetValue<string>().Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true),
            [.. c["values"]!.AsArray().Select(v => v!.GetValue<string>())],
            c["withinDays"]?.GetValue<int>());
    }

    /// <summary>The GraphQL enum name (AT_LEAST).</summary>
    public static string OperatorName(SegmentOperator op) =>
        string.Concat(op.ToString().Select((ch, i) => i > 0 && char.IsUpper(ch) ? $"_{ch}" : char.ToUpperInvariant(ch).ToString()));
}
