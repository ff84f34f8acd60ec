namespace KnowledgePay.Application.Segments.Rules;

/// <summary>What a field's values are written as.</summary>
public enum SegmentValueKind
{
    /// <summary>A yes/no field: no value.</summary>
    None,

    /// <summary>A tag, category or course: its id (global or raw).</summary>
    Id,

    /// <summary>One of the names the field lists.</summary>
    Enum,

    Text,

    /// <summary>A whole number of at least 0 (fen, days).</summary>
    Integer,

    /// <summary>A number from 0 to 1.</summary>
    Probability,
}
