namespace KnowledgePay.Domain.Segments;

/// <summary>How a condition compares a field with its values; each field allows some of them.</summary>
public enum SegmentOperator
{
    /// <summary>The field equals the one value.</summary>
    Equals,

    /// <summary>The field equals one of the values.</summary>
    In,

    /// <summary>The field is at least the value (numbers, ordered levels).</summary>
    AtLeast,

    /// <summary>The field is at most the value.</summary>
    AtMost,

    /// <summary>The user's set (interests, categories bought, courses viewed) holds the value.</summary>
    Includes,

    /// <summary>A yes/no field holds; takes no value.</summary>
    IsTrue,
}
