using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Messaging;
using KnowledgePay.Domain.Offers;

namespace KnowledgePay.Domain.Campaigns;

/// <summary>
/// A lifecycle campaign: a segment, an action, a schedule or trigger, and a random holdout whose users are enrolled but
/// never acted on, so the lift is measured rather than assumed. A treated user is acted on only with marketing consent,
/// under the frequency cap (marketing actions per user across campaigns), and never messaged in quiet hours (deferred
/// to their end). Draft → active → ended; only a draft changes.
/// </summary>
public sealed class Campaign : Entity
{
    private Campaign()
    {
        Name = null!;
    }

    public string Name { get; private set; }

    public Guid SegmentId { get; private set; }

    public CampaignActionKind Action { get; private set; }

    public Guid? CouponId { get; private set; }

    public string? MessageTitle { get; private set; }

    public string? MessageNote { get; private set; }

    public string? MessagePage { get; private set; }

    public OfferKind? OfferKind { get; private set; }

    public Guid? OfferId { get; private set; }

    public long? PersonalPriceFen { get; private set; }

    public int? OfferValidDays { get; private set; }

    public CampaignTrigger Trigger { get; private set; }

    /// <summary>A scheduled campaign's first run.</summary>
    public DateTimeOffset? RunAt { get; private set; }

    /// <summary>When the scheduler runs it next; null for a triggered campaign or a one-off that ran.</summary>
    public DateTimeOffset? NextRunAt { get; private set; }

    /// <summary>The share of enrolled users held out, in (0, 0.5].</summary>
    public double HoldoutShare { get; private set; }

    public int FrequencyCapActions { get; private set; }

    public int FrequencyCapDays { get; private set; }

    public int QuietHoursStart { get; private set; }

    public int QuietHoursEnd { get; private set; }

    public int ConversionWindowDays { get; private set; }

    public CampaignStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ActivatedAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public int Version { get; private set; }

    public QuietHours QuietHours => new(QuietHoursStart, QuietHoursEnd);

    public bool IsScheduled => Trigger is CampaignTrigger.Once or CampaignTrigger.Daily;

    public static Campaign Draft(CampaignDefinition definition, PersonalPriceBounds? bounds, DateTimeOffset now)
    {
        var campaign = new Campaign { Status = CampaignStatus.Draft, CreatedAt = now };
        campaign.Define(definition, bounds);
        return campaign;
    }

    public void Redefine(CampaignDefinition definition, PersonalPriceBounds? bounds)
    {
        EnsureStatus(CampaignStatus.Draft, CampaignErrors.NotDraft);
        Define(definition, bounds);
        Version++;
    }

    public void Activate(DateTimeOffset now)
    {
        EnsureStatus(CampaignStatus.Draft, CampaignErrors.NotDraft);
        Status = CampaignStatus.Active;
        ActivatedAt = now;
        NextRunAt = IsScheduled ? RunAt : null;
        Version++;
    }

    public void End(DateTimeOffset now)
    {
        EnsureStatus(CampaignStatus.Active, CampaignErrors.NotActive);
        Status = CampaignStatus.Ended;
        EndedAt = now;
        NextRunAt = null;
        Version++;
    }

    /// <summary>
    /// Claims the scheduled run due at <paramref name="now"/>: a one-off is done, a daily campaign is due a day later.
    /// False when no run is due (another sweeper claimed it).
    /// </summary>
    public bool Ran(DateTimeOffset now)
    {
        if (Status != CampaignStatus.Active || NextRunAt is not { } next || next > now)
        {
            return false;
        }

        while (Trigger == CampaignTrigger.Daily && next <= now)
        {
            next = next.AddDays(1);
        }

        NextRunAt = Trigger == CampaignTrigger.Daily ? next : null;
        Version++;
        return true;
    }

    /// <summary>Enrols a consenting member on their side of the holdout; a treated user's action is pending until <see cref="Act"/>.</summary>
    public CampaignEnrolment Enrol(Guid userId, DateTimeOffset now)
    {
        EnsureStatus(CampaignStatus.Active, CampaignErrors.NotActive);
        return CampaignEnrolment.Start(Id, userId, HoldoutAssignment.IsHeldOut(Id, userId, HoldoutShare), ConversionWindowDays, now);
    }

    /// <summary>
    /// Acts on a treated user's pending enrolment at <paramref name="now"/>: skipped when the campaign ended, consent is
    /// missing or the user already had <see cref="FrequencyCapActions"/> marketing actions in the last
    /// <see cref="FrequencyCapDays"/> days; a message in quiet hours waits for their end; otherwise delivered. A held-out
    /// user is never acted on. Returns the personal offer to store, when that is the action.
    /// </summary>
    public PersonalOffer? Act(CampaignEnrolment enrolment, bool consented, int recentActions, DateTimeOffset now, TimeZoneInfo zone)
    {
        if (enrolment.IsHoldout || enrolment.Status != CampaignEnrolmentStatus.Deferred || enrolment.CampaignId != Id)
        {
            return null;
        }

        if (Status != CampaignStatus.Active)
        {
            enrolment.Skip(CampaignEnrolmentStatus.SkippedEnded);
        }
        else if (!consented)
        {
            enrolment.Skip(CampaignEnrolmentStatus.SkippedNoConsent);
        }
        else if (recentActions >= FrequencyCapActions)
        {
            enrolment.Skip(CampaignEnrolmentStatus.SkippedCapped);
        }
        else if (Action == CampaignActionKind.SendMessage && QuietHours.Contains(now, zone))
        {
            enrolment.Defer(QuietHours.EndAfter(now, zone));
        }
        else
        {
            return Deliver(enrolment, now);
        }

        return null;
    }

    private PersonalOffer? Deliver(CampaignEnrolment enrolment, DateTimeOffset now)
    {
        switch (Action)
        {
            case CampaignActionKind.IssueCoupon:
                enrolment.Deliver(new CampaignCouponRequestedEvent(Id, enrolment.UserId, CouponId!.Value), now);
                return null;
            case CampaignActionKind.SendMessage:
                var values = new Dictionary<string, string> { ["title"] = MessageTitle!, ["note"] = MessageNote! };
                enrolment.Deliver(
                    new SubscriptionMessageRequestedEvent(
                        enrolment.UserId, MessageTemplate.CampaignOffer, MessagePage!, values, $"campaign:{Id:N}:{enrolment.UserId:N}"),
                    now);
                return null;
            default:
                enrolment.Deliver(null, now);
                return PersonalOffer.Grant(
                    Id, enrolment.UserId, new OfferRef(OfferKind!.Value, OfferId!.Value), PersonalPriceFen!.Value, OfferValidDays!.Value, now);
        }
    }

    private void Define(CampaignDefinition d, PersonalPriceBounds? bounds)
    {
        Name = Text.Required(d.Name, CampaignLimits.NameLength, CampaignErrors.InvalidName);
        HoldoutShare = d.HoldoutShare switch
        {
            null or 0 => throw CampaignErrors.HoldoutRequired(),
            { } share when share is > 0 and <= CampaignLimits.MaxHoldoutShare => share,
            { } share => throw CampaignErrors.InvalidHoldout(share),
        };
        (FrequencyCapActions, FrequencyCapDays) =
            d.FrequencyCapActions is >= 1 and <= CampaignLimits.MaxCapActions && d.FrequencyCapDays is >= 1 and <= CampaignLimits.MaxCapDays
                ? (d.FrequencyCapActions, d.FrequencyCapDays)
                : throw CampaignErrors.InvalidFrequencyCap();
        (QuietHoursStart, QuietHoursEnd) = QuietHours.Of(d.QuietHoursStart, d.QuietHoursEnd);
        ConversionWindowDays = d.ConversionWindowDays is >= 1 and <= CampaignLimits.MaxConversionWindowDays
            ? d.ConversionWindowDays
            : throw CampaignErrors.InvalidConversionWindow();
        DefineSchedule(d);
        DefineAction(d, bounds);
        SegmentId = d.SegmentId;
    }

    private void DefineSchedule(CampaignDefinition d)
    {
        if (!Enum.IsDefined(d.Trigger))
        {
            throw CampaignErrors.InvalidSchedule("Unknown trigger.");
        }

        var scheduled = d.Trigger is CampaignTrigger.Once or CampaignTrigger.Daily;
        if (scheduled != d.RunAt.HasValue)
        {
            throw CampaignErrors.InvalidSchedule("A scheduled campaign (once, daily) needs runAt; a triggered one takes none.");
        }

        Trigger = d.Trigger;
        RunAt = d.RunAt;
    }

    private void DefineAction(CampaignDefinition d, PersonalPriceBounds? bounds)
    {
        var coupon = d.CouponId is not null;
        var message = d.MessageTitle is not null || d.MessageNote is not null || d.MessagePage is not null;
        var price = d.PersonalCourseId is not null || d.PersonalOfferId is not null || d.PersonalPriceFen is not null || d.OfferValidDays is not null;
        var fits = d.Action switch
        {
            CampaignActionKind.IssueCoupon => coupon && !message && !price,
            CampaignActionKind.SendMessage => message && !coupon && !price,
            CampaignActionKind.OfferPersonalPrice => price && !coupon && !message,
            _ => false,
        };
        if (!fits)
        {
            throw CampaignErrors.InvalidAction("Give the fields of the campaign's action only: couponId; messageTitle, messageNote and messagePage; or the personal price's offer, price and days.");
        }

        Action = d.Action;
        CouponId = d.CouponId;
        (MessageTitle, MessageNote, MessagePage) = message ? CheckMessage(d) : default((string?, string?, string?));
        (OfferKind, OfferId, PersonalPriceFen, OfferValidDays) = price ? CheckPrice(d, bounds) : default((OfferKind?, Guid?, long?, int?));
    }

    private static (string?, string?, string?) CheckMessage(CampaignDefinition d)
    {
        static DomainException Invalid() => CampaignErrors.InvalidAction(
            $"A message needs a title of at most {CampaignLimits.MessageTitleLength} characters, a note of at most "
            + $"{CampaignLimits.MessageNoteLength} and the mini program page it opens.");
        return (Text.Required(d.MessageTitle, CampaignLimits.MessageTitleLength, Invalid),
            Text.Required(d.MessageNote, CampaignLimits.MessageNoteLength, Invalid),
            Text.Required(d.MessagePage, CampaignLimits.MessagePageLength, Invalid));
    }

    private static (OfferKind?, Guid?, long?, int?) CheckPrice(CampaignDefinition d, PersonalPriceBounds? bounds)
    {
        if (d is not { PersonalPriceFen: { } priceFen, OfferValidDays: { } days } || (d.PersonalCourseId is null) == (d.PersonalOfferId is null)
            || days is < 1 or > CampaignLimits.MaxOfferValidDays || bounds is null || priceFen <= 0 || priceFen >= bounds.ListFen)
        {
            throw CampaignErrors.InvalidAction(
                $"A personal price names a course or offer, a price above 0 and below its list price, and 1 to {CampaignLimits.MaxOfferValidDays} days.");
        }

        var lowest = bounds.Guardrails.LowestFen(bounds.ListFen);
        return priceFen < lowest ? throw CampaignErrors.PersonalPriceBelowFloor(priceFen, lowest) : (bounds.Offer.Kind, bounds.Offer.Id, priceFen, days);
    }

    private void EnsureStatus(CampaignStatus expected, Func<DomainException> otherwise)
    {
        if (Status != expected)
        {
            throw otherwise();
        }
    }
}
