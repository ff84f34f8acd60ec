using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Offers;

/// <summary>Offer and guardrail failures; the codes are API contract.</summary>
public static class OfferErrors
{
    public const string InvalidTitleCode = "OFFER_TITLE_INVALID";
    public const string InvalidDescriptionCode = "OFFER_DESCRIPTION_INVALID";
    public const string InvalidGuardrailsCode = "PRICE_GUARDRAILS_INVALID";
    public const string PriceBelowFloorCode = "PRICE_BELOW_FLOOR";
    public const string BundleTooSmallCode = "BUNDLE_TOO_SMALL";
    public const string TooManyCoursesCode = "OFFER_TOO_MANY_COURSES";
    public const string InvalidMembershipDaysCode = "MEMBERSHIP_DAYS_INVALID";
    public const string InvalidMemberDiscountCode = "MEMBER_DISCOUNT_INVALID";
    public const string FreeOfferCode = "OFFER_FREE";
    public const string PlanCoversAllCoursesCode = "PLAN_COVERS_ALL_COURSES";
    public const string NotOnSaleCode = "OFFER_NOT_ON_SALE";
    public const string AlreadyOwnedCode = "OFFER_ALREADY_OWNED";
    public const string CourseNotPublishedCode = "OFFER_COURSE_NOT_PUBLISHED";
    public const string CourseNotInOfferCode = "OFFER_COURSE_NOT_IN_OFFER";
    public const string SeriesKeepsCoursesCode = "SERIES_KEEPS_COURSES";
    public const string PlanNeedsACourseCode = "PLAN_NEEDS_A_COURSE";

    public static DomainException InvalidTitle() =>
        new(InvalidTitleCode, $"An offer needs a title of at most {OfferLimits.TitleLength} characters.");

    public static DomainException InvalidDescription() =>
        new(InvalidDescriptionCode, $"An offer's description has at most {OfferLimits.DescriptionLength} characters.");

    public static DomainException InvalidGuardrails(string reason) => new(InvalidGuardrailsCode, reason);

    public static DomainException PriceBelowFloor(long priceFen, long floorFen) =>
        new(PriceBelowFloorCode, $"The price {priceFen} fen is below the floor of {floorFen} fen.");

    public static DomainException BundleTooSmall() =>
        new(BundleTooSmallCode, $"A bundle holds at least {OfferLimits.MinBundleCourses} different courses.");

    public static DomainException TooManyCourses() =>
        new(TooManyCoursesCode, $"An offer holds at most {OfferLimits.MaxCourses} courses.");

    public static DomainException InvalidMembershipDays(int days) =>
        new(InvalidMembershipDaysCode, $"A plan lasts from 1 to {OfferLimits.MaxMembershipDays} days, not {days}.");

    public static DomainException InvalidMemberDiscount(int percent) =>
        new(InvalidMemberDiscountCode, $"A member discount is a percentage from 0 to 99, not {percent}.");

    public static DomainException FreeOffer() => new(FreeOfferCode, "A bundle or plan needs a price above zero.");

    public static DomainException NotOnSale(Guid offerId) => new(NotOnSaleCode, $"Offer {offerId} is not on sale.");

    public static DomainException AlreadyOwned(Guid offerId) =>
        new(AlreadyOwnedCode, $"You already own the courses of offer {offerId} (or some of them, which this shop does not price out).");

    public static DomainException PlanCoversAllCourses() =>
        new(PlanCoversAllCoursesCode, "This plan already covers every course.");

    public static DomainException CourseNotPublished(Guid courseId) =>
        new(CourseNotPublishedCode, $"Course {courseId} is not published, so no offer can hold it.");

    public static DomainException CourseNotInOffer(Guid courseId) =>
        new(CourseNotInOfferCode, $"Course {courseId} is not part of this offer.");

    public static DomainException SeriesKeepsCourses() =>
        new(SeriesKeepsCoursesCode, "A series keeps its courses: its buyers already hold them.");

    public static DomainException PlanNeedsACourse() =>
        new(PlanNeedsACourseCode, "A plan with a chosen set keeps at least one course; without any it would cover every course.");
}
