#include "sample/SampleTexts.h"

namespace SampleTexts {

const QStringList& customerNames()
{
    static const QStringList list {
        QStringLiteral("Huadong Petrochemical Co."),    QStringLiteral("华东石化有限公司"),
        QStringLiteral("Riverside Power Plant"),        QStringLiteral("北方煤化工集团"),
        QStringLiteral("Eastern Water Works"),          QStringLiteral("南港热电厂"),
        QStringLiteral("Golden Bay LNG Terminal"),      QStringLiteral("西部天然气管道公司"),
        QStringLiteral("Sunrise Pharmaceutical Plant"), QStringLiteral("长江造纸厂"),
        QStringLiteral("Harbor Steel Works"),           QStringLiteral("中原化肥厂"),
        QStringLiteral("Pacific Refining Ltd."),        QStringLiteral("滨海污水处理厂"),
        QStringLiteral("Highland Mining Co."),          QStringLiteral("东方精细化工"),
        QStringLiteral("Northern Grid Heating"),        QStringLiteral("西南水务集团"),
        QStringLiteral("Coastal Desalination Plant"),   QStringLiteral("华南食品饮料厂"),
    };
    return list;
}

const QStringList& regions()
{
    static const QStringList list {QStringLiteral("East"), QStringLiteral("North"), QStringLiteral("South"),
                                   QStringLiteral("West"), QStringLiteral("Central")};
    return list;
}

const QStringList& symptoms()
{
    static const QStringList list {
        QStringLiteral("Stem packing leaks after two weeks of operation"),
        QStringLiteral("阀门内漏，关闭后仍有介质通过"),
        QStringLiteral("Actuator does not reach the closed position"),
        QStringLiteral("定位器信号漂移，阀位反馈不准"),
        QStringLiteral("Flange bolt holes do not match the pipeline"),
        QStringLiteral("阀体表面油漆脱落，有锈蚀"),
        QStringLiteral("Ball valve stuck at 30% open, high torque"),
        QStringLiteral("执行器运行时有异响"),
        QStringLiteral("Seat leakage exceeds class IV at the site test"),
        QStringLiteral("缺少合格证和安装说明书"),
        QStringLiteral("Butterfly valve disc rubs the liner"),
        QStringLiteral("电动执行器过力矩报警，无法开启"),
        QStringLiteral("Gland nut cracked during installation"),
        QStringLiteral("阀杆填料处外漏，介质为蒸汽"),
        QStringLiteral("Positioner does not accept the 4-20 mA signal"),
        QStringLiteral("Body casting porosity found at hydrotest"),
    };
    return list;
}

const QStringList& requests()
{
    static const QStringList list {
        QStringLiteral("Send a technician within the week"),
        QStringLiteral("要求尽快派人到现场处理"),
        QStringLiteral("Replace the valve"),
        QStringLiteral("提供书面整改报告"),
        QStringLiteral("Explain the cause in writing"),
        QStringLiteral("更换备件并延长质保"),
    };
    return list;
}

const QStringList& verifications()
{
    static const QStringList list {
        QStringLiteral("Confirmed by photos and the site test report"),
        QStringLiteral("经电话核实，现场照片确认"),
        QStringLiteral("Reproduced on the returned sample"),
        QStringLiteral("查阅出厂检验记录，批次相符"),
    };
    return list;
}

const QStringList& analyses()
{
    static const QStringList list {
        QStringLiteral("Packing compression insufficient at assembly; torque not recorded."),
        QStringLiteral("密封面研磨不合格，出厂检验漏检。"),
        QStringLiteral("Actuator spring range not matched to the valve's thrust."),
        QStringLiteral("用户安装时管道应力过大导致阀体变形。"),
        QStringLiteral("Purchased positioner batch with a firmware defect."),
        QStringLiteral("包装防护不足，运输中磕碰。"),
    };
    return list;
}

const QStringList& unitTasks()
{
    static const QStringList list {
        QStringLiteral("Find the root cause and report"), QStringLiteral("核查同批次库存产品"),
        QStringLiteral("Prepare replacement parts"),      QStringLiteral("修订装配作业指导书"),
        QStringLiteral("Contact the supplier for 8D"),    QStringLiteral("安排返厂计划"),
    };
    return list;
}

const QStringList& workDone()
{
    static const QStringList list {
        QStringLiteral("Replaced the packing set and retightened the gland"),
        QStringLiteral("更换阀座密封圈，试压合格"),
        QStringLiteral("Recalibrated the positioner, stroke test passed"),
        QStringLiteral("调整执行器行程，全开全关正常"),
        QStringLiteral("Replaced the actuator"),
        QStringLiteral("补发资料并现场培训操作人员"),
    };
    return list;
}

const QStringList& visitRequirements()
{
    static const QStringList list {
        QStringLiteral("Arrived at the appointed time"),
        QStringLiteral("Explained the cause to the customer"),
        QStringLiteral("Site left clean and safe"),
        QStringLiteral("Customer trained on operation"),
    };
    return list;
}

const QStringList& feedback()
{
    static const QStringList list {
        QStringLiteral("Running normally since the service"),
        QStringLiteral("使用正常，客户满意"),
        QStringLiteral("Slight weeping at the gland again"),
        QStringLiteral("偶有卡滞，需要再次检查"),
    };
    return list;
}

const QStringList& contacts()
{
    static const QStringList list {QStringLiteral("Li Ming"),  QStringLiteral("王强"),
                                   QStringLiteral("Zhao Lei"), QStringLiteral("陈静"),
                                   QStringLiteral("Sun Tao"),  QStringLiteral("刘洋")};
    return list;
}

} // namespace SampleTexts
