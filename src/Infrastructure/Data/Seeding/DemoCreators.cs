namespace KnowledgePay.Infrastructure.Data.Seeding;

/// <summary>Lecturer names and headlines; the n-th creator teaches mostly in category n modulo the category count.</summary>
internal static class DemoCreators
{
    public static readonly (string Name, string Headline)[] All =
    [
        ("李雯", "前互联网大厂 HRBP，十年职场培训经验"), ("陈思远", "数据科学家，曾任电商平台数据负责人"),
        ("王浩然", "资深全栈工程师，开源项目维护者"), ("Emily Zhang", "Applied AI researcher and LLM engineer"),
        ("刘畅", "增长负责人，操盘过千万用户产品"), ("Lucas Wu", "Product designer, ex-design lead at a fintech startup"),
        ("周安琪", "英语口语教练，雅思 8.5 分"), ("赵一鸣", "畅销书作者，个人成长博主"),
        ("孙立群", "CFA 持证人，专注家庭资产配置"), ("黄小米", "儿童心理咨询师，两个孩子的妈妈"),
        ("Daniel Lin", "Certified strength coach and sports nutritionist"), ("吴静", "考研英语名师，辅导学员上万人"),
        ("郑凯", "商业摄影师，短视频导演"), ("Grace Liu", "Executive coach for first-time managers"),
        ("何志强", "BI 专家，Power BI 与 Tableau 讲师"), ("林晓峰", ".NET 架构师，微软 MVP"),
        ("Kevin Zhao", "Machine learning engineer at a cloud platform"), ("马丽娜", "新媒体主编，百万粉丝账号主理人"),
        ("高原", "资深 UI 设计师，设计系统布道者"), ("Sophie Chen", "Japanese and English interpreter"),
        ("许晴", "时间管理教练，效率工具重度用户"), ("罗斌", "前券商研究员，价值投资实践者"),
        ("Anna Wang", "Early-childhood educator and picture-book author"), ("邓欢", "国家二级营养师，体态矫正教练"),
        ("韩冰", "PMP 讲师，十五年项目管理经验"), ("唐明", "独立纪录片导演，调色师"),
        ("冯雪", "职场写作教练，前 500 强企业内训师"), ("Ryan Xu", "Analytics engineer and SQL trainer"),
        ("曹宇", "云原生工程师，Kubernetes 布道者"), ("彭薇", "提示词工程师，AI 办公培训师"),
        ("Michael Guo", "Product manager who has shipped apps to millions"), ("苏琳", "品牌设计师，插画师"),
        ("蒋文", "日语一级，留日八年"), ("Olivia He", "Psychology writer and mindfulness teacher"),
        ("董磊", "注册会计师，财报分析讲师"), ("谢婷", "正面管教家长讲师"),
        ("Jason Zhou", "Marathon runner and certified running coach"), ("范晓东", "公考培训讲师，行测高分专家"),
        ("叶子", "手机摄影达人，旅行博主"), ("钱程", "汇报表达教练，前咨询公司顾问"),
        ("Nina Song", "Data visualization designer"), ("陆远", "小程序开发专家，独立开发者"),
        ("秦悦", "AI 绘画创作者，视觉设计师"), ("Leo Fang", "Community builder and content strategist"),
    ];
}
