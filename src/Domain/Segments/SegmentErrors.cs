using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Segments;

/// <summary>Segment and propensity-model failures; the codes are API contract.</summary>
public static class SegmentErrors
{
    public const string NotFoundCode = "SEGMENT_NOT_FOUND";
    public const string InvalidNameCode = "SEGMENT_NAME_INVALID";
    public const string NameTakenCode = "SEGMENT_NAME_TAKEN";
    public const string UnknownFieldCode = "SEGMENT_RULE_UNKNOWN_FIELD";
    public const string InvalidOperatorCode = "SEGMENT_RULE_OPERATOR_INVALID";
    public const string InvalidValueCode = "SEGMENT_RULE_VALUE_INVALID";
    public const string InvalidShapeCode = "SEGMENT_RULE_SHAPE_INVALID";
    public const string TooComplexCode = "SEGMENT_RULE_TOO_COMPLEX";
    public const string TooFewPositivesCode = "PROPENSITY_TOO_FEW_POSITIVES";
    public const string InUseCode = "SEGMENT_IN_USE";

    public static DomainException NotFound() => new(NotFoundCode, "No segment has this id.");

    public static DomainException InUse(int experiments, int campaigns) =>
        new(InUseCode, $"{experiments} unfinished experiment(s) and {campaigns} unfinished campaign(s) target this segment: stop or end them first.");

    public static DomainException InvalidName() =>
        new(InvalidNameCode, $"Give a name of 1 to {SegmentLimits.NameMaxLength} characters and a description of at most {SegmentLimits.DescriptionMaxLength}.");

    public static DomainException NameTaken() => new(NameTakenCode, "Another segment already has this name.");

    public static DomainException UnknownField(string field) =>
        new(UnknownFieldCode, $"'{field}' is not a segment field; segmentFields lists them.");

    public static DomainException InvalidOperator(string field, SegmentOperator op) =>
        new(InvalidOperatorCode, $"The field '{field}' does not allow {op}; segmentFields lists the operators of each field.");

    public static DomainException InvalidValue(string field, string why) =>
        new(InvalidValueCode, $"The value of '{field}' is invalid: {why}");

    public static DomainException InvalidShape(string why) =>
        new(InvalidShapeCode, $"Each rule node is exactly one of all, any, not or condition, and groups are not empty: {why}");

    public static DomainException TooComplex() =>
        new(TooComplexCode, $"A rule holds at most {SegmentLimits.MaxConditions} conditions and nests at most {SegmentLimits.MaxDepth} levels deep.");

    public static DomainException TooFewPositives(int positives, int needed) =>
        new(TooFewPositivesCode, $"Only {positives} buyers in the training window; a model needs at least {needed} to be published.");
}
