using KnowledgePay.Domain.Bookkeeping;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Coupons;
using KnowledgePay.Domain.Identity;
using KnowledgePay.Domain.Learning;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Domain.Pricing;
using KnowledgePay.Domain.Wallets;

namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>What one purchase of the demo history made: the order, the courses it opened, and its refund if any.</summary>
internal sealed record DemoPurchase(Order Order, IReadOnlyList<Enrollment> Enrollments, bool Membership, OrderRefund? Refund);

/// <summary>
/// The demo history's till: prices a course, bundle or membership through the pricing engine (with a coupon where the
/// buyer holds one that applies), places and pays the order through WeChat Pay, Virtual Payment or the balance (topping
/// the wallet up first when it runs short), and leaves what the payment's reactions would: access, ledger entries, the
/// wallet's movements, the shipping record, and — once everything is bought — the journal. Some course orders are
/// refunded days later (those of the troubled course more often), in full (access withdrawn) or in part; a refund still under way when the history ends stays so.
/// </summary>
internal sealed class DemoCheckout(
    Random random, DateTimeOffset now, IReadOnlyList<Course> catalogue, IReadOnlyList<Offer> offers, IReadOnlyList<Coupon> coupons,
    Guid troubledCourseId)
{
    private static readonly string[] RefundReasons = ["买错了课程", "内容和预期不符", "最近没时间学习", "Bought it twice by mistake"];

    private readonly List<Order> orders = [];
    private readonly List<object> rows = [];
    private readonly Dictionary<Guid, Wallet> wallets = [];
    private readonly Dictionary<Guid, HashSet<Guid>> owned = [];
    private readonly Dictionary<Guid, Membership> memberships = [];
    private readonly Dictionary<Guid, UserCoupon> held = [];
    private readonly HashSet<Guid> usedWelcome = [];

    public IReadOnlyList<Order> Orders => orders;

    public IEnumerable<object> Rows => rows.Concat(wallets.Values).Concat(memberships.Values).Concat(held.Values);

    /// <summary>A coupon the buyer got (a campaign's), used on their next order it applies to; false when they hold one already.</summary>
    public bool Hold(UserCoupon coupon) => held.TryAdd(coupon.UserId, coupon);

    /// <summary>
    /// <paramref name="user"/> buys <paramref name="course"/> at <paramref name="paidAt"/> — or, now and then, a bundle or a
    /// membership instead; null when they already own what they would buy.
    /// </summary>
    public DemoPurchase? Buy(User user, Course course, DateTimeOffset paidAt)
    {
        var mine = owned.TryGetValue(user.Id, out var set) ? set : owned[user.Id] = [];
        var pick = random.NextDouble();
        var bundle = offers.Where(o => o.Kind == OfferKind.Bundle && o.Courses.All(c => !mine.Contains(c.CourseId)))
            .OrderByDescending(o => o.Includes(course.Id)).FirstOrDefault();
        var line = pick switch
        {
            < 0.08 when bundle is not null => BundleLine(bundle),
            < 0.18 when !memberships.ContainsKey(user.Id) => PlanLine(offers.Where(o => o.Kind == OfferKind.Membership).ElementAt(random.NextDouble() < 0.7 ? 0 : 1)),
            _ when mine.Contains(course.Id) => null,
            _ => new PricingLine(OfferRef.ForCourse(course.Id), course.Title, course.Price.AmountFen, course.Guardrails, [course.Id], [course.CategoryId]),
        };
        if (line is null)
        {
            return null;
        }

        var channel = random.NextDouble() switch
        {
            < 0.68 => PaymentChannel.WeChatPayJsapi,
            < 0.85 => PaymentChannel.WeChatVirtualPayment,
            _ => PaymentChannel.Balance,
        };
        var placedAt = paidAt.AddMinutes(-2);
        var coupon = CouponFor(user, line, first: mine.Count == 0 && !memberships.ContainsKey(user.Id), placedAt);
        var order = Order.Place(
            user.Id, PricingEngine.Price([line], coupon is null ? null : Terms(coupon)), $"demo-history-{orders.Count:D5}", channel, placedAt,
            TimeSpan.FromMinutes(30));
        coupon?.Lock(user.Id, order.Id, placedAt);
        if (channel == PaymentChannel.Balance)
        {
            TopUpFor(user, order.Total.AmountFen, placedAt.AddMinutes(-5));
        }

        Pay(order, channel, paidAt);
        coupon?.MarkUsed(order.Id, paidAt);
        if (channel == PaymentChannel.Balance)
        {
            rows.Add(wallets[user.Id].Spend(order.Id, order.Total.AmountFen, paidAt));
        }

        var enrollments = Grant(user, line, order, paidAt, mine);
        var refund = line.Offer.Kind == OfferKind.Course && coupon is null && channel != PaymentChannel.Balance
            ? Refund(order, enrollments, paidAt, refundChance: line.Offer.Id == troubledCourseId ? 0.14 : 0.05)
            : null;
        return new DemoPurchase(order, enrollments, line.Offer.Kind == OfferKind.Membership, refund);
    }

    /// <summary>The journal of every payment, refund and wallet movement, as the bookkeeping handlers post it; call once, at the end.</summary>
    public IEnumerable<JournalPosting> Journal()
    {
        var postings = new List<JournalPosting>();
        foreach (var order in orders)
        {
            foreach (var raised in order.DomainEvents())
            {
                var transaction = raised switch
                {
                    OrderPaidEvent paid => PostingRules.For(paid, order.PaidAt!.Value),
                    OrderRefundedEvent refunded => PostingRules.For(refunded, order.Refunds.Single(r => r.Id == refunded.RefundId).CompletedAt!.Value),
                    _ => null,
                };
                postings.AddRange(transaction?.Postings ?? []);
            }
        }

        postings.AddRange(wallets.Values.SelectMany(w => w.DomainEvents()).OfType<WalletMovedEvent>().SelectMany(moved => PostingRules.For(moved).Postings));
        return postings;
    }

    private PricingLine BundleLine(Offer bundle)
    {
        var ids = bundle.Courses.Select(c => c.CourseId).ToList();
        var categories = catalogue.Where(c => ids.Contains(c.Id)).Select(c => c.CategoryId).Distinct().ToList();
        return new PricingLine(new OfferRef(OfferKind.Bundle, bundle.Id), bundle.Title, bundle.ListPrice.AmountFen, bundle.Guardrails, ids, categories);
    }

    private static PricingLine PlanLine(Offer plan) =>
        new(new OfferRef(OfferKind.Membership, plan.Id), plan.Title, plan.ListPrice.AmountFen, plan.Guardrails, [.. plan.Courses.Select(c => c.CourseId)], []);

    /// <summary>A campaign's coupon the buyer holds, else now and then the 新人券 on a first order or WELCOME10 typed at checkout.</summary>
    private UserCoupon? CouponFor(User user, PricingLine line, bool first, DateTimeOffset at)
    {
        if (held.TryGetValue(user.Id, out var mine) && mine.Status == UserCouponStatus.Available && !mine.IsExpired(at) && Applies(mine.CouponId, line))
        {
            return mine;
        }

        var (newcomer, welcome) = (coupons[2], coupons[3]);
        var coupon = first && random.NextDouble() < 0.25 ? newcomer
            : !usedWelcome.Contains(user.Id) && random.NextDouble() < 0.08 ? welcome
            : null;
        if (coupon is null || !Applies(coupon.Id, line) || held.ContainsKey(user.Id))
        {
            return null;
        }

        if (coupon == welcome)
        {
            usedWelcome.Add(user.Id);
        }

        return held[user.Id] = coupon.Claim(user.Id, 0, at.AddMinutes(-1));
    }

    private bool Applies(Guid couponId, PricingLine line)
    {
        var coupon = coupons.Single(c => c.Id == couponId);
        return coupon.Scope.Covers(line) && line.ListFen >= coupon.ThresholdFen && line.ListFen > coupon.AmountOffFen;
    }

    private CouponTerms Terms(UserCoupon copy) => coupons.Single(c => c.Id == copy.CouponId).TermsFor(copy.Id);

    private void Pay(Order order, PaymentChannel channel, DateTimeOffset paidAt)
    {
        var transactionId = channel switch
        {
            PaymentChannel.WeChatPayJsapi => $"4200002{orders.Count:D21}",
            PaymentChannel.WeChatVirtualPayment => $"vp-demo-{orders.Count:D6}",
            _ => $"BAL{order.Id:N}",
        };
        order.MarkPaid(transactionId, paidAt);
        if (channel == PaymentChannel.WeChatPayJsapi && paidAt.AddMinutes(1) <= now)
        {
            order.RecordShipping(paidAt.AddMinutes(1));
        }

        orders.Add(order);
        rows.AddRange(PaymentLedgerEntry.ForPayment(order, paidAt));
    }

    /// <summary>Tops the buyer's wallet up by whole ¥100 through WeChat Pay when it holds less than <paramref name="neededFen"/>.</summary>
    private void TopUpFor(User user, long neededFen, DateTimeOffset at)
    {
        var wallet = wallets.TryGetValue(user.Id, out var open) ? open : wallets[user.Id] = Wallet.Open(user.Id, at);
        if (wallet.BalanceFen >= neededFen)
        {
            return;
        }

        var amountFen = ((neededFen - wallet.BalanceFen + 9999) / 10000) * 10000;
        var topUp = WalletTopUp.Place(user.Id, amountFen, 0, $"demo-topup-{orders.Count:D5}", at);
        var order = Order.Place(
            user.Id, new PriceQuote([topUp.Line($"余额充值 ¥{amountFen / 100}.00")], null), $"topup-{topUp.Id:N}", PaymentChannel.WeChatPayJsapi, at,
            TimeSpan.FromMinutes(30));
        topUp.BilledBy(order.Id);
        Pay(order, PaymentChannel.WeChatPayJsapi, at.AddMinutes(1));
        rows.Add(topUp);
        rows.Add(wallet.TopUp(topUp, order.Id, at.AddMinutes(1)));
    }

    private List<Enrollment> Grant(User user, PricingLine line, Order order, DateTimeOffset paidAt, HashSet<Guid> mine)
    {
        if (line.Offer.Kind == OfferKind.Membership)
        {
            memberships[user.Id] = Membership.Start(user.Id, offers.Single(o => o.Id == line.Offer.Id), EnrollmentSource.Purchase, order.Id, paidAt);
            return [];
        }

        var bundleId = line.Offer.Kind == OfferKind.Bundle ? line.Offer.Id : (Guid?)null;
        var enrollments = line.CourseIds.Where(mine.Add).Select(id => Enrollment.ByPurchase(user.Id, id, order.Id, paidAt, bundleId)).ToList();
        rows.AddRange(enrollments);
        return enrollments;
    }

    /// <summary>
    /// Now and then the buyer asks for the money back a few days after paying and gets it a few days later: mostly in full,
    /// which withdraws the course, sometimes half of it, which keeps it.
    /// </summary>
    private OrderRefund? Refund(Order order, IReadOnlyList<Enrollment> enrollments, DateTimeOffset paidAt, double refundChance)
    {
        var requestedAt = paidAt.AddDays(random.Next(1, 7)).AddHours(random.Next(24));
        if (random.NextDouble() >= refundChance || requestedAt > now)
        {
            return null;
        }

        var full = random.NextDouble() < 0.7;
        var refund = order.RequestRefund(
            full ? order.PaidFen : order.PaidFen / 2, RefundReasons[random.Next(RefundReasons.Length)], order.UserId, requestedAt);
        var completedAt = requestedAt.AddDays(random.Next(1, 4)).AddHours(random.Next(12));
        if (completedAt <= now)
        {
            order.CompleteRefund(refund.OutRefundNo, $"50300{orders.Count:D20}", completedAt);
            rows.AddRange(PaymentLedgerEntry.ForRefund(refund, completedAt));
            if (full)
            {
                enrollments.ToList().ForEach(e => e.Revoke(completedAt));
            }
        }

        return refund;
    }
}
