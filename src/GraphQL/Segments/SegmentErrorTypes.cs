using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Segments.SegmentErrors;

namespace KnowledgePay.GraphQL.Segments;

internal sealed class SegmentNotFoundErrorGraphType() : CodedErrorGraphType(
    "SegmentNotFoundError", NotFoundCode, "No segment has this id.");

internal sealed class SegmentInUseErrorGraphType() : CodedErrorGraphType(
    "SegmentInUseError", InUseCode, "A draft or running experiment, or a draft or active campaign, still targets the segment.");

internal sealed class SegmentNameInvalidErrorGraphType() : CodedErrorGraphType(
    "SegmentNameInvalidError", InvalidNameCode, "The name is empty or too long, or the description is too long.");

internal sealed class SegmentNameTakenErrorGraphType() : CodedErrorGraphType(
    "SegmentNameTakenError", NameTakenCode, "Another segment already has this name.");

internal sealed class SegmentRuleUnknownFieldErrorGraphType() : CodedErrorGraphType(
    "SegmentRuleUnknownFieldError", UnknownFieldCode, "A condition names a field segmentFields does not list.");

internal sealed class SegmentRuleOperatorInvalidErrorGraphType() : CodedErrorGraphType(
    "SegmentRuleOperatorInvalidError", InvalidOperatorCode, "A condition uses an operator its field does not allow.");

internal sealed class SegmentRuleValueInvalidErrorGraphType() : CodedErrorGraphType(
    "SegmentRuleValueInvalidError", InvalidValueCode, "A condition's values or withinDays do not fit its field and operator.");

internal sealed class SegmentRuleShapeInvalidErrorGraphType() : CodedErrorGraphType(
    "SegmentRuleShapeInvalidError", InvalidShapeCode, "A rule node sets none or several of all, any, not and condition, or a group is empty.");

internal sealed class SegmentRuleTooComplexErrorGraphType() : CodedErrorGraphType(
    "SegmentRuleTooComplexError", TooComplexCode, "The rule holds too many conditions or nests too deep.");
