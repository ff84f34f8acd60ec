using KnowledgePay.Application.Common.Exceptions;
using KnowledgePay.Application.Common.Interfaces;
using KnowledgePay.Domain.Agreements;
using KnowledgePay.Domain.Auditing;
using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Campaigns;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Comments;
using KnowledgePay.Domain.Common;
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
using KnowledgePay.Infrastructure.Data.Conventions;
using KnowledgePay.Infrastructure.Outbox;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Infrastructure.Data;

/// <summary>
/// The model shared by every database provider. Each provider derives its own context
/// (<see cref="Providers.SqliteAppDbContext"/> …) so that its migrations form a separate set.
/// </summary>
public abstract class AppDbContext(DbContextOptions options, ICurrentUser? currentUser, IPublisher? publisher)
    : DbContext(options), IApplicationDbContext
{
    /// <summary>Who the changes saved through this context are made for; null for system work (seeding, tools).</summary>
    internal Guid? ActingUserId => currentUser?.Id;

    /// <summary>Where saving publishes domain events to their in-transaction handlers; null outside a DI scope (tools).</summary>
    internal IPublisher? DomainEventPublisher => publisher;

    public DbSet<Creator> Creators => Set<Creator>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Tag> Tags => Set<Tag>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<User> Users => Set<User>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<PrivacyRequest> PrivacyRequests => Set<PrivacyRequest>();

    public DbSet<DataExport> DataExports => Set<DataExport>();

    public DbSet<RiskFlag> RiskFlags => Set<RiskFlag>();

    public DbSet<UnknownPaymentReport> UnknownPaymentReports => Set<UnknownPaymentReport>();
    public DbSet<AccessSignal> AccessSignals => Set<AccessSignal>();

    public DbSet<StreamSighting> StreamSightings => Set<StreamSighting>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<BehaviourEvent> BehaviourEvents => Set<BehaviourEvent>();

    public DbSet<LessonProgress> LessonProgress => Set<LessonProgress>();

    public DbSet<LessonOpening> LessonOpenings => Set<LessonOpening>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<PaymentLedgerEntry> PaymentLedger => Set<PaymentLedgerEntry>();

    public DbSet<JournalPosting> JournalPostings => Set<JournalPosting>();

    public DbSet<Coupon> Coupons => Set<Coupon>();

    public DbSet<UserCoupon> UserCoupons => Set<UserCoupon>();

    public DbSet<Sale> Sales => Set<Sale>();

    public DbSet<SaleReservation> SaleReservations => Set<SaleReservation>();

    public DbSet<Gift> Gifts => Set<Gift>();

    public DbSet<GroupBuyDeal> GroupBuyDeals => Set<GroupBuyDeal>();

    public DbSet<GroupBuy> GroupBuys => Set<GroupBuy>();

    public DbSet<GroupBuyMember> GroupBuyMembers => Set<GroupBuyMember>();

    public DbSet<RedeemCodeBatch> RedeemCodeBatches => Set<RedeemCodeBatch>();

    public DbSet<RedeemCode> RedeemCodes => Set<RedeemCode>();

    public DbSet<Wallet> Wallets => Set<Wallet>();

    public DbSet<WalletMovement> WalletMovements => Set<WalletMovement>();

    public DbSet<Promoter> Promoters => Set<Promoter>();

    public DbSet<ReferralBinding> ReferralBindings => Set<ReferralBinding>();

    public DbSet<Commission> Commissions => Set<Commission>();

    public DbSet<CommissionEntry> CommissionEntries => Set<CommissionEntry>();

    public DbSet<CommissionRate> CommissionRates => Set<CommissionRate>();

    public DbSet<Withdrawal> Withdrawals => Set<Withdrawal>();

    public DbSet<WalletTopUp> WalletTopUps => Set<WalletTopUp>();

    public DbSet<Share> Shares => Set<Share>();

    public DbSet<ShareVisit> ShareVisits => Set<ShareVisit>();

    public DbSet<ShareCodeImage> ShareCodeImages => Set<ShareCodeImage>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<ReviewHelpfulVote> ReviewHelpfulVotes => Set<ReviewHelpfulVote>();

    public DbSet<Favourite> Favourites => Set<Favourite>();

    public DbSet<LessonComment> LessonComments => Set<LessonComment>();

    public DbSet<ModerationCase> ModerationCases => Set<ModerationCase>();

    public DbSet<ContentReport> ContentReports => Set<ContentReport>();

    public DbSet<Experiment> Experiments => Set<Experiment>();

    public DbSet<ExperimentExposure> ExperimentExposures => Set<ExperimentExposure>();

    public DbSet<SegmentMember> SegmentMembers => Set<SegmentMember>();

    public DbSet<SubscriptionGrant> SubscriptionGrants => Set<SubscriptionGrant>();

    public DbSet<SubscriptionMessage> SubscriptionMessages => Set<SubscriptionMessage>();

    public DbSet<Segment> Segments => Set<Segment>();

    public DbSet<PurchasePropensity> PurchasePropensities => Set<PurchasePropensity>();

    public DbSet<PropensityModel> PropensityModels => Set<PropensityModel>();

    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignEnrolment> CampaignEnrolments => Set<CampaignEnrolment>();

    public DbSet<PersonalOffer> PersonalOffers => Set<PersonalOffer>();

    public DbSet<MarketingConsent> MarketingConsents => Set<MarketingConsent>();

    public DbSet<AgreementVersion> AgreementVersions => Set<AgreementVersion>();

    public DbSet<AgreementAcceptance> AgreementAcceptances => Set<AgreementAcceptance>();

    public DbSet<PersonalisationConsentChange> PersonalisationConsentChanges => Set<PersonalisationConsentChange>();

    public DbSet<CourseViewWithoutPurchase> CourseViewsWithoutPurchase => Set<CourseViewWithoutPurchase>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<ProcessedMessage> ProcessedMessages => Set<ProcessedMessage>();

    public Task BeginTransactionAsync(CancellationToken cancellationToken) => Database.BeginTransactionAsync(cancellationToken);

    public async Task CommitOpenTransactionAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            await Database.CommitTransactionAsync(cancellationToken);
        }
    }

    public async Task RollbackOpenTransactionAsync(CancellationToken cancellationToken)
    {
        if (Database.CurrentTransaction is not null)
        {
            await Database.RollbackTransactionAsync(cancellationToken);
        }
    }

    public void MarkWritten(object entity)
    {
        var entry = Entry(entity);
        entry.OriginalValues.SetValues(entry.CurrentValues);
        entry.State = EntityState.Unchanged;
    }

    public void Forget(object entity) => Entry(entity).State = EntityState.Detached;

    /// <summary>
    /// A unique index, concurrency check or concurrent writer (a deadlock the database broke by rolling this save back)
    /// that rejects the changes becomes <see cref="ConflictException"/>. The change tracker keeps the rejected changes: a
    /// caller that tries again does so in a fresh scope (see <c>FreshScopes</c> and <c>IRetryOnConflict</c>).
    /// A save with domain events runs in a transaction of its own when none is open: in-transaction handlers may write
    /// with statements of their own (a conditional stock update), which then commit or roll back with the changes.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            if (Database.CurrentTransaction is not null || !RaisesEvents())
            {
                return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return saved;
        }
        catch (Exception exception) when (RejectedChanges(exception) is { } rejected)
        {
            throw new ConflictException("The data changed at the same time elsewhere; read it again and retry.", rejected);
        }
    }

    private bool RaisesEvents() => ChangeTracker.Entries<Entity>().Any(entry => entry.Entity.DomainEvents().Count > 0);

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

    /// <summary>Whether the provider's error says a unique index (or primary key) rejected a row.</summary>
    protected abstract bool IsUniqueViolation(DbUpdateException exception);

    /// <summary>Whether the provider rolled the save back because a concurrent transaction held what it needed.</summary>
    protected virtual bool IsWriteConflict(DbUpdateException exception) => false;

    // A provider's non-retrying execution strategy wraps failures it deems transient (deadlocks among them).
    private DbUpdateException? RejectedChanges(Exception exception) =>
        (exception as DbUpdateException ?? exception.InnerException as DbUpdateException) is { } update
        && (update is DbUpdateConcurrencyException || IsUniqueViolation(update) || IsWriteConflict(update))
            ? update
            : null;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.Conventions.Add(_ => new DomainAssignedKeysConvention());
}
