using KnowledgePay.GraphQL.Conventions.Mutations;
using static KnowledgePay.Domain.Offers.OfferErrors;

namespace KnowledgePay.GraphQL.Offers;

internal sealed class PriceBelowFloorErrorGraphType() : CodedErrorGraphType(
    "PriceBelowFloorError", PriceBelowFloorCode, "The price is below the floor the guardrails set.");

internal sealed class PriceGuardrailsInvalidErrorGraphType() : CodedErrorGraphType(
    "PriceGuardrailsInvalidError", InvalidGuardrailsCode, "The guardrails are out of range.");

internal sealed class BundleTooSmallErrorGraphType() : CodedErrorGraphType(
    "BundleTooSmallError", BundleTooSmallCode, "A bundle needs at least two different courses.");

internal sealed class OfferTooManyCoursesErrorGraphType() : CodedErrorGraphType(
    "OfferTooManyCoursesError", TooManyCoursesCode, "The offer would hold more courses than allowed.");

internal sealed class OfferCourseNotPublishedErrorGraphType() : CodedErrorGraphType(
    "OfferCourseNotPublishedError", CourseNotPublishedCode, "A course named is a draft or archived, so no offer can hold it.");

internal sealed class MembershipDaysInvalidErrorGraphType() : CodedErrorGraphType(
    "MembershipDaysInvalidError", InvalidMembershipDaysCode, "A plan's term is out of range.");

internal sealed class MemberDiscountInvalidErrorGraphType() : CodedErrorGraphType(
    "MemberDiscountInvalidError", InvalidMemberDiscountCode, "A member discount is out of range.");

internal sealed class OfferFreeErrorGraphType() : CodedErrorGraphType(
    "OfferFreeError", FreeOfferCode, "A bundle or plan needs a price above zero.");

internal sealed class PlanCoversAllCoursesErrorGraphType() : CodedErrorGraphType(
    "PlanCoversAllCoursesError", PlanCoversAllCoursesCode, "The plan already covers every course, so none can be added.");

internal sealed class OfferCourseNotInOfferErrorGraphType() : CodedErrorGraphType(
    "OfferCourseNotInOfferError", CourseNotInOfferCode, "The course is not part of the offer.");

internal sealed class SeriesKeepsCoursesErrorGraphType() : CodedErrorGraphType(
    "SeriesKeepsCoursesError", SeriesKeepsCoursesCode, "A series keeps its courses: its buyers already hold them.");

internal sealed class PlanNeedsACourseErrorGraphType() : CodedErrorGraphType(
    "PlanNeedsACourseError", PlanNeedsACourseCode, "A plan's chosen set keeps at least one course.");
