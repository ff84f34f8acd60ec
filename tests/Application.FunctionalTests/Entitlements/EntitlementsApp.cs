using KnowledgePay.Application.FunctionalTests.Orders;
using KnowledgePay.Application.Learning.Queries;
using KnowledgePay.Application.Learning.Queries.GetCourseAccessByCourseIds;
using KnowledgePay.Application.Orders.Commands.CreateOrder;
using KnowledgePay.Application.Orders.Commands.RequestRefund;
using KnowledgePay.Application.Orders.Queries;
using KnowledgePay.Application.Pricing;
using KnowledgePay.Domain.Catalog;
using KnowledgePay.Domain.Common;
using KnowledgePay.Domain.Memberships;
using KnowledgePay.Domain.Offers;
using KnowledgePay.Domain.Orders;
using KnowledgePay.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace KnowledgePay.Application.FunctionalTests.Entitlements;

/// <summary>
/// <see cref="OrdersApp"/> with bundles, plans and more courses, and a way to raise the order and offer events the
/// entitlement handlers react to, as the saving that carries them would: published, then saved in one transaction.
/// Every in-transaction handler runs, the behaviour log's too, so the raised events name real orders and refunds
/// (<see cref="NewOrderAsync"/>, <see cref="RefundOfAsync"/>).
/// </summary>
public sealed class EntitlementsApp(bool onPostgreSql) : OrdersApp(onPostgreSql)
{
    public async Task<IReadOnlyList<Guid>> AddCoursesAsync(int count)
    {
        var now = Clock.GetUtcNow();
        var courses = Enumerable.Range(0, count).Select(i =>
        {
            var course = Domain.Catalog.Course.Draft(Course.CreatorId, Course.CategoryId, $"Course {i}", "A course.", Money.Fen(1900), now);
            var chapter = course.AddChapter("Start");
            course.AddLesson(chapter.Id, new LessonContent("Welcome", LessonKind.Article, 60, false, "Paid body."));
            course.Publish(now);
            return course;
        }).ToList();
        await SaveAsync(db => db.Courses.AddRange(courses));
        return [.. courses.Select(c => c.Id)];
    }

    public async Task<Offer> AddBundleAsync(IReadOnlyList<Guid> courseIds, bool isSeries = false)
    {
        var bundle = Offer.Bundle("Bundle", null, Money.Fen(5900), courseIds, isSeries, PriceGuardrails.None, null, Clock.GetUtcNow());
        await SaveAsync(db => db.Offers.Add(bundle));
        return bundle;
    }

    public async Task<Offer> AddPlanAsync(int days = 30, IReadOnlyList<Guid>? courseIds = null, int discountPercent = 20)
    {
        var plan = Offer.MembershipPlan("VIP", null, Money.Fen(9900), days, courseIds ?? [], discountPercent, PriceGuardrails.None, Clock.GetUtcNow());
        await SaveAsync(db => db.Offers.Add(plan));
        return plan;
    }

    /// <summary>
    /// A pending order of the buyer's for <see cref="OrdersApp.Course"/>, for raised events to name; bought as a gift, so
    /// whatever the buyer already holds never refuses it.
    /// </summary>
    public async Task<Guid> NewOrderAsync()
    {
        SignInAsBuyer();
        return (await SendAsync<OrderDto>(new CreateOrderCommand([LineRequest.ForCourse(Course.Id, isGift: true)], Guid.NewGuid().ToString("N")))).Id;
    }

    /// <summary>Pays order <paramref name="orderId"/> and refunds it in full as the buyer would; the refund's id.</summary>
    public async Task<Guid> RefundOfAsync(Guid orderId)
    {
        SignInAsBuyer();
        await PayAsync(await OrderAsync(orderId));
        return (await SendAsync<RefundDto>(new RequestRefundCommand(orderId, "Not for me"))).Id;
    }

    public async Task<Guid> RaisePaidAsync(params OrderLineSold[] lines)
    {
        var orderId = await NewOrderAsync();
        await RaisePaidAsync(orderId, lines);
        return orderId;
    }

    public Task RaisePaidAsync(Guid orderId, params OrderLineSold[] lines) =>
        RaiseAsync(new OrderPaidEvent(orderId, Buyer.Id, lines.Sum(l => l.AmountFen), lines, null, PaymentChannel.WeChatPayJsapi));

    public Task RaiseRefundedAsync(Guid orderId, Guid refundId, params LineRefunded[] lines) =>
        RaiseAsync(new OrderRefundedEvent(orderId, Buyer.Id, refundId, lines.Sum(l => l.AmountFen), false, lines, null, PaymentChannel.WeChatPayJsapi));

    public static OrderLineSold Sold(Offer offer, Guid? lineId = null, bool isGift = false) =>
        new(lineId ?? Guid.NewGuid(), offer.Kind, offer.Id, offer.ListPrice.AmountFen, null, isGift);

    public static LineRefunded Refunded(OrderLineSold line, bool fully = true) =>
        new(line.LineId, line.Kind, line.OfferId, line.AmountFen, fully, line.IsGift);

    /// <summary>The courses of <paramref name="courseIds"/> the buyer may open now, as the course's viewer access says.</summary>
    public async Task<IReadOnlySet<Guid>> OpenToBuyerAsync(IReadOnlyCollection<Guid> courseIds)
    {
        SignInAsBuyer();
        var access = await SendAsync<IReadOnlyDictionary<Guid, CourseAccessDto>>(new GetCourseAccessByCourseIdsQuery(courseIds));
        return access.Values.Where(a => a.CanOpen).Select(a => a.CourseId).ToHashSet();
    }

    public Task<Membership?> MembershipAsync(Guid planId) =>
        WithDbAsync(db => db.Memberships.Include(m => m.Terms).SingleOrDefaultAsync(m => m.UserId == Buyer.Id && m.PlanId == planId));

    private Task SaveAsync(Action<AppDbContext> change) =>
        WithDbAsync(db =>
        {
            change(db);
            return db.SaveChangesAsync();
        });
}
