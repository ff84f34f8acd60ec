using KnowledgePay.Domain.Segments;

namespace KnowledgePay.Application.Segments.Rules;

/// <summary>
/// A field rules may test: its operators, the kind of its values (and the names of an enum field), and whether it
/// looks back a number of days (<c>withinDays</c>, required) or not (then refused).
/// </summary>
public sealed record SegmentFieldDefinition(
    string Name,
    string Description,
    SegmentValueKind ValueKind,
    IReadOnlyList<SegmentOperator> Operators,
    bool HasWindow,
    IReadOnlyList<string> EnumValues);
