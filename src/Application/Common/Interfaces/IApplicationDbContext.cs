using KnowledgePay.Domain.Agreements;
using KnowledgePay.Domain.Auditing;
using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Comments;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Experiments;
using KnowledgePay.Domain.Favourites;
using KnowledgePay.Domain.Gifts;
using KnowledgePay.Domain.GroupBuying;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Messaging;
using KnowledgePay.Domain.Moderation;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Privacy;
using KnowledgePay.Domain.RedeemCodes;
using KnowledgePay.Domain.Referrals;
using KnowledgePay.Domain.Reviews;
using KnowledgePay.Domain.Risk;
using KnowledgePay.Domain.Sales;
using KnowledgePay.Domain.Segments;
using KnowledgePay.Domain.Sharing;
using KnowledgePay.Domain.Tracking;
using KnowledgePay.Domain.Wallets;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.Common.Interfaces;

/// <summary>The unit of work that use cases read and change aggregates through (no repositories, see docs/decisions/0002-dbcontext-as-the-unit-of-work.md).</summary>
public interface IApplicationDbContext
{
    DbSet<Creator> Creators { get; }

    DbSet<Category> Categories { get; }

    DbSet<Tag> Tags { get; }

    DbSet<Course> Courses { get; }

    DbSet<User> Users { get; }

    DbSet<RefreshToken> RefreshTokens { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<PrivacyRequest> PrivacyRequests { get; }

    DbSet<DataExport> DataExports { get; }

    DbSet<RiskFlag> RiskFlags { get; }

    DbSet<UnknownPaymentReport> UnknownPaymentReports { get; }
    DbSet<AccessSignal> AccessSignals { get; }

    DbSet<StreamSighting> StreamSightings { get; }

    DbSet<Enrollment> Enrollments { get; }

    DbSet<BehaviourEvent> BehaviourEvents { get; }

    DbSet<LessonProgress> LessonProgress { get; }

    DbSet<LessonOpening> LessonOpenings { get; }

    DbSet<Offer> Offers { get; }

    DbSet<Order> Orders { get; }

    /// <summary>For reading across orders (reports, checks); lines change only through their <see cref="Order"/>.</summary>
    DbSet<OrderLine> OrderLines { get; }

    DbSet<Membership> Memberships { get; }

    /// <summary>Append-only: entries are added, never changed or removed.</summary>
    DbSet<PaymentLedgerEntry> PaymentLedger { get; }

    /// <summary>The books: append-only, balanced per transaction (see <see cref="JournalTransaction"/>).</summary>
    DbSet<JournalPosting> JournalPostings { get; }

    DbSet<Coupon> Coupons { get; }

    DbSet<UserCoupon> UserCoupons { get; }

    DbSet<Sale> Sales { get; }

    DbSet<SaleReservation> SaleReservations { get; }

    DbSet<Gift> Gifts { get; }

    DbSet<GroupBuyDeal> GroupBuyDeals { get; }

    DbSet<GroupBuy> GroupBuys { get; }

    DbSet<GroupBuyMember> GroupBuyMembers { get; }

    DbSet<RedeemCodeBatch> RedeemCodeBatches { get; }

    DbSet<RedeemCode> RedeemCodes { get; }

    DbSet<Wallet> Wallets { get; }

    DbSet<WalletMovement> WalletMovements { get; }

    DbSet<Promoter> Promoters { get; }

    DbSet<ReferralBinding> ReferralBindings { get; }

    DbSet<Commission> Commissions { get; }

    DbSet<CommissionEntry> CommissionEntries { get; }

    DbSet<CommissionRate> CommissionRates { get; }

    DbSet<Withdrawal> Withdrawals { get; }

    DbSet<WalletTopUp> WalletTopUps { get; }

    DbSet<Share> Shares { get; }

    DbSet<ShareVisit> ShareVisits { get; }

    DbSet<ShareCodeImage> ShareCodeImages { get; }

    DbSet<Review> Reviews { get; }

    /// <summary>One per user and review; a review's count changes with its votes.</summary>
    DbSet<ReviewHelpfulVote> ReviewHelpfulVotes { get; }

    DbSet<Favourite> Favourites { get; }

    DbSet<LessonComment> LessonComments { get; }

    DbSet<ModerationCase> ModerationCases { get; }

    DbSet<ContentReport> ContentReports { get; }

    DbSet<Experiment> Experiments { get; }

    DbSet<ExperimentExposure> ExperimentExposures { get; }

    DbSet<SegmentMember> SegmentMembers { get; }

    DbSet<SubscriptionGrant> SubscriptionGrants { get; }

    DbSet<SubscriptionMessage> SubscriptionMessages { get; }

    DbSet<Segment> Segments { get; }

    DbSet<PurchasePropensity> PurchasePropensities { get; }

    DbSet<PropensityModel> PropensityModels { get; }

    DbSet<Campaign> Campaigns { get; }

    DbSet<CampaignEnrolment> CampaignEnrolments { get; }

    DbSet<PersonalOffer> PersonalOffers { get; }

    DbSet<MarketingConsent> MarketingConsents { get; }

    DbSet<AgreementVersion> AgreementVersions { get; }

    DbSet<AgreementAcceptance> AgreementAcceptances { get; }

    DbSet<PersonalisationConsentChange> PersonalisationConsentChanges { get; }

    DbSet<CourseViewWithoutPurchase> CourseViewsWithoutPurchase { get; }

    /// <summary>
    /// For a use case whose first write must come before its reads' decisions are acted on (a conditional update that
    /// claims a row): it opens a transaction, the save joins it, and <see cref="CommitOpenTransactionAsync"/> ends it.
    /// </summary>
    Task BeginTransactionAsync(CancellationToken cancellationToken);

    /// <summary>Commits the transaction <see cref="BeginTransactionAsync"/> opened; nothing when none is open.</summary>
    Task CommitOpenTransactionAsync(CancellationToken cancellationToken);

    /// <summary>Rolls back the transaction <see cref="BeginTransactionAsync"/> opened; nothing when none is open.</summary>
    Task RollbackOpenTransactionAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The entity's current values are already in the database (a conditional update in the open transaction wrote them):
    /// the save writes nothing for it, and still dispatches and audits its domain events.
    /// </summary>
    void MarkWritten(object entity);

    /// <summary>Stops tracking the entity: the save writes nothing for it and dispatches none of its events.</summary>
    void Forget(object entity);

    /// <exception cref="Exceptions.ConflictException">
    /// A unique index or concurrency check rejected the changes; nothing is tracked any more, so read again and retry.
    /// </exception>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
