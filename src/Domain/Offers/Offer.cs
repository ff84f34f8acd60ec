using KnowledgePay.Domain.Common;

namespace KnowledgePay.Domain.Offers;

/// <summary>
/// A sellable bundle or membership plan (single courses are sold at the course's own price, see <see cref="OfferRef"/>).
/// A bundle names its courses; a series is a bundle whose later courses reach every earlier buyer. A plan grants
/// access for <see cref="MembershipDays"/> to its chosen courses, or to every course when it names none, and
/// <see cref="MemberDiscountPercent"/> off the courses it does not include.
/// </summary>
public sealed class Offer : Entity
{
    private readonly List<OfferCourse> _courses = [];

    private Offer()
    {
        Title = null!;
        ListPrice = null!;
        Guardrails = PriceGuardrails.None;
    }

    public OfferKind Kind { get; private set; }

    public string Title { get; private set; }

    public string? Description { get; private set; }

    public Money ListPrice { get; private set; }

    public PriceGuardrails Guardrails { get; private set; }

    /// <summary>The creator whose courses alone it may hold; null for the platform's own offers (admins only).</summary>
    public Guid? CreatorId { get; private set; }

    public bool IsOnSale { get; private set; }

    /// <summary>A bundle whose courses added later reach everyone who bought it before.</summary>
    public bool IsSeries { get; private set; }

    /// <summary>How long one purchase of a plan lasts; a renewal adds it to the current expiry.</summary>
    public int? MembershipDays { get; private set; }

    public int MemberDiscountPercent { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Bumped by every change: the concurrency token for racing edits.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<OfferCourse> Courses => _courses.AsReadOnly();

    /// <summary>A plan with no chosen courses covers the whole catalogue.</summary>
    public bool CoversAllCourses => Kind == OfferKind.Membership && _courses.Count == 0;

    public static Offer Bundle(
        string title, string? description, Money listPrice, IReadOnlyList<Guid> courseIds, bool isSeries,
        PriceGuardrails guardrails, Guid? creatorId, DateTimeOffset now)
    {
        if (courseIds.Distinct().Count() < OfferLimits.MinBundleCourses)
        {
            throw OfferErrors.BundleTooSmall();
        }

        var offer = Create(OfferKind.Bundle, title, description, listPrice, guardrails, creatorId, now);
        offer.IsSeries = isSeries;
        offer.SetCourses(courseIds);
        offer.Raise(new OfferCreatedEvent(offer.Id, offer.Kind, listPrice.AmountFen));
        return offer;
    }

    public static Offer MembershipPlan(
        string title, string? description, Money listPrice, int membershipDays, IReadOnlyList<Guid> courseIds,
        int memberDiscountPercent, PriceGuardrails guardrails, DateTimeOffset now)
    {
        var offer = Create(OfferKind.Membership, title, description, listPrice, guardrails, null, now);
        offer.MembershipDays = membershipDays is >= 1 and <= OfferLimits.MaxMembershipDays
            ? membershipDays
            : throw OfferErrors.InvalidMembershipDays(membershipDays);
        offer.MemberDiscountPercent = ValidPercent(memberDiscountPercent);
        offer.SetCourses(courseIds);
        offer.Raise(new OfferCreatedEvent(offer.Id, offer.Kind, listPrice.AmountFen));
        return offer;
    }

    public bool Includes(Guid courseId) => CoversAllCourses || _courses.Any(c => c.CourseId == courseId);

    public void Describe(string title, string? description)
    {
        Title = Text.Required(title, OfferLimits.TitleLength, OfferErrors.InvalidTitle);
        Description = Text.Optional(description, OfferLimits.DescriptionLength, OfferErrors.InvalidDescription);
        Version++;
    }

    public void Reprice(Money listPrice, PriceGuardrails guardrails)
    {
        if (listPrice.IsFree)
        {
            throw OfferErrors.FreeOffer();
        }

        guardrails.Admit(listPrice);
        var before = ListPrice.AmountFen;
        ListPrice = listPrice;
        Version++;
        Raise(new OfferPriceChangedEvent(Id, before, listPrice.AmountFen));
        if (guardrails != Guardrails)
        {
            Guardrails = guardrails;
            Raise(new OfferGuardrailsChangedEvent(
                Id, guardrails.FloorFen, guardrails.MaxDiscountPercent, guardrails.SalePriceStacksWithMemberPrice));
        }
    }

    /// <summary>Adds a course to a series (or any bundle): earlier buyers of a series gain it through the event.</summary>
    public void AddCourse(Guid courseId)
    {
        if (Kind == OfferKind.Membership && CoversAllCourses)
        {
            throw OfferErrors.PlanCoversAllCourses();
        }

        if (_courses.Any(c => c.CourseId == courseId))
        {
            return;
        }

        _courses.Add(new OfferCourse(Id, courseId, _courses.Count));
        Version++;
        Raise(new OfferCourseAddedEvent(Id, Kind, courseId, IsSeries));
    }

    /// <summary>
    /// Takes a course out of a bundle or a plan's chosen set. A series keeps its courses (its buyers hold them), a bundle
    /// keeps at least two, a plan at least one (with none it would cover every course).
    /// </summary>
    public void RemoveCourse(Guid courseId)
    {
        if (IsSeries)
        {
            throw OfferErrors.SeriesKeepsCourses();
        }

        var course = _courses.Find(c => c.CourseId == courseId) ?? throw OfferErrors.CourseNotInOffer(courseId);
        if (_courses.Count <= (Kind == OfferKind.Bundle ? OfferLimits.MinBundleCourses : 1))
        {
            throw Kind == OfferKind.Bundle ? OfferErrors.BundleTooSmall() : OfferErrors.PlanNeedsACourse();
        }

        _courses.Remove(course);
        foreach (var (remaining, position) in _courses.OrderBy(c => c.Position).Select((c, i) => (c, i)))
        {
            remaining.MoveTo(position);
        }

        Version++;
        Raise(new OfferCourseRemovedEvent(Id, Kind, courseId));
    }

    public void PutOnSale()
    {
        IsOnSale = true;
        Version++;
        Raise(new OfferPutOnSaleEvent(Id));
    }

    /// <summary>Takes the offer off sale; buyers keep what they bought.</summary>
    public void Withdraw()
    {
        IsOnSale = false;
        Version++;
        Raise(new OfferWithdrawnEvent(Id));
    }

    private static Offer Create(
        OfferKind kind, string title, string? description, Money listPrice, PriceGuardrails guardrails, Guid? creatorId, DateTimeOffset now)
    {
        if (listPrice.IsFree)
        {
            throw OfferErrors.FreeOffer();
        }

        guardrails.Admit(listPrice);
        var offer = new Offer
        {
            Kind = kind,
            ListPrice = listPrice,
            Guardrails = guardrails,
            CreatorId = creatorId,
            IsOnSale = true,
            CreatedAt = now,
        };
        offer.Describe(title, description);
        offer.Version = 0;
        return offer;
    }

    private void SetCourses(IReadOnlyList<Guid> courseIds)
    {
        var distinct = courseIds.Distinct().ToList();
        if (distinct.Count > OfferLimits.MaxCourses)
        {
            throw OfferErrors.TooManyCourses();
        }

        _courses.AddRange(distinct.Select((courseId, position) => new OfferCourse(Id, courseId, position)));
    }

    private static int ValidPercent(int percent) =>
        percent is >= 0 and < 100 ? percent : throw OfferErrors.InvalidMemberDiscount(percent);
}
