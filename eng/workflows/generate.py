"""Generates the four 一件事 chains in workflows/ (run: python3 eng/workflows/generate.py).

Change the chains here and regenerate, so that what they share (front desk, 容缺, back office) stays the same in
all four. Re-running overwrites workflows/*.bpmn; the output is deterministic, so `git diff workflows/` shows what a
change does, and an edit made to a file in the designer is lost unless it is carried into this script.
"""
import os
from bpmnlayout import Diagram, timer, message, error, escalation, TERMINATE, X0, COLW

ROOT = os.path.join(os.path.dirname(__file__), "..", "..", "workflows")


def user(groups=None, departments=None, extra=None, items=None):
    a = {}
    if groups:
        a["gov:candidateGroups"] = groups
    if departments:
        a["gov:candidateDepartments"] = departments
    a.update(extra or {})
    a.update(concerns(items))
    return a


def svc(activity, items=None, extends=None):
    a = {"gov:activity": activity}
    a.update(concerns(items))
    if extends:
        a["gov:extends"] = extends
    return a


def concerns(items):
    """gov:items: the catalog item codes (samples/catalog/bundle-*.yaml) a task works on, when the diagram fixes them."""
    return {"gov:items": ",".join(items)} if items else {}


def declare_common(d, tolerant, extension, suspension, refusal):
    d.message("materialsCorrectedMessage", "materials-corrected")
    if tolerant:
        d.message("materialsSuppliedMessage", "materials-supplied")
        d.error("caseRevokedError", "办件已撤销", "CASE-REVOKED")
    if extension:
        d.message("extensionRequestedMessage", "extension-requested")
    if suspension:
        d.message("suspendMessage", "suspend")
        d.message("resumeMessage", "resume")
    if refusal:
        d.error("itemRefusedError", "不予许可", "ITEM-REFUSED")
    d.escalation("yellowWarningEscalation", "黄色预警", "YELLOW-WARNING")


def front_desk(d, tolerant):
    """收件 → 材料审查 → 补正 / 视为受理 / 容缺 → 受理并启动法定时限. Returns the column of startClock.

    行政许可法第三十二条: the window tells the applicant everything to correct at once, within 5 working days of
    receipt; if it does not, the application counts as accepted from the day of receipt (the boundary timer on
    checkMaterials). An applicant who does not correct within the period the notice sets (correctionDays) is
    deemed to have withdrawn the application.
    """
    d.add("start", "startEvent", "收到申请", 0, 0)
    d.add("receive", "serviceTask", "收件", 1, 0, attrs=svc("ReceiveApplication"))
    d.add("applicantChecked", "exclusiveGateway", "申请人身份有效？", 2, 0)
    d.add("applicantInvalid", "endEvent", "不予受理（身份无效）", 2, -1.2)
    d.add("recheck", "exclusiveGateway", "重新审查材料", 3, 0)
    d.add("checkMaterials", "userTask", "材料审查", 4, 0, attrs=user("clerk", extra={"gov:formKey": "material-check"}))
    d.boundary("correctionNoticeOverdue", "checkMaterials", "5 日内未告知补正", "top", 0.5, timer("5"))
    d.add("deemAccepted", "serviceTask", "视为受理（自收到申请之日起）", 4, -1.9, attrs=svc("DeemAccepted"))
    d.add("materialsChecked", "exclusiveGateway", "审查结论", 5, 0)
    d.add("refuseApplication", "serviceTask", "不予受理决定", 5, -1.35, attrs=svc("RefuseApplication"))
    d.add("refused", "endEvent", "不予受理", 6, -1.35)
    d.add("issueCorrectionNotice", "serviceTask", "一次性告知补正", 6, 1.5, attrs=svc("IssueCorrectionNotice"))
    d.add("awaitCorrection", "eventBasedGateway", "等待补正", 7, 1.5)
    d.add("correctionExpired", "intermediateCatchEvent", "补正期限届满", 8, 1.5, body=timer("=correctionDays"))
    d.add("closeUncorrected", "serviceTask", "办件关闭（未补正）", 9, 1.5, attrs=svc("CloseUncorrected"))
    d.add("withdrawn", "endEvent", "逾期未补正，视为撤回申请", 10, 1.5)
    d.add("materialsCorrected", "intermediateCatchEvent", "已补正", 8, 2.6, body=message("materialsCorrectedMessage"))
    d.add("acceptable", "exclusiveGateway", "可受理", 9, 0)

    d.flow("start", "receive")
    d.flow("receive", "applicantChecked")
    d.flow("applicantChecked", "recheck", "有效", "=applicantValid = true")
    d.flow("applicantChecked", "applicantInvalid", "无效", default=True)
    d.flow("recheck", "checkMaterials")
    d.flow("checkMaterials", "materialsChecked")
    d.flow("materialsChecked", "acceptable", "材料齐全", '=materialCheck = "complete"')
    d.flow("materialsChecked", "issueCorrectionNotice", "可补正", '=materialCheck = "correctable"')
    d.flow("materialsChecked", "refuseApplication", "不予受理", default=True)
    d.flow("refuseApplication", "refused")
    d.flow("issueCorrectionNotice", "awaitCorrection")
    d.flow("awaitCorrection", "correctionExpired")
    d.flow("awaitCorrection", "materialsCorrected")
    d.flow("correctionExpired", "closeUncorrected")
    d.flow("closeUncorrected", "withdrawn")
    d.flow("correctionNoticeOverdue", "deemAccepted")
    d.flow("deemAccepted", "acceptable")
    d.flow("materialsCorrected", "recheck", route=("back", 3.3))

    if not tolerant:
        d.add("startClock", "serviceTask", "受理并启动法定时限", 10, 0, attrs=svc("StartStatutoryClock"))
        d.flow("acceptable", "startClock")
        return 10

    d.add("tolerable", "exclusiveGateway", "可容缺受理？", 10, 0)
    d.add("acceptTolerant", "serviceTask", "容缺受理", 11, -1.4, attrs=svc("AcceptTolerant"))
    d.add("tolerantSplit", "parallelGateway", "审批与补齐并行", 12, -1.4)
    # 补齐 runs in its own scope, above tolerantSplit and centred on it, so that the join before decide waits while it
    # is live, also while revokeCase runs: a revoke step outside the scope could not reach the join, and the join
    # would let decide start next to the revocation. The error ends the scope and the terminate ends the case.
    W = "supplyWindow"
    d.add(W, "subProcess", "补齐容缺材料", 0, 0)
    d.add("supplyStarted", "startEvent", "开始补齐", 10.4, -2.85, W)
    d.add("awaitSupply", "eventBasedGateway", "等待补齐材料", 11.2, -2.85, W)
    d.add("materialsSupplied", "intermediateCatchEvent", "已补齐", 12, -3.95, W, body=message("materialsSuppliedMessage"))
    d.add("recordSupply", "serviceTask", "登记补齐的容缺材料", 12.8, -3.95, W, svc("RecordSupply"))
    d.add("supplied", "endEvent", "容缺材料已补齐", 13.6, -3.95, W)
    d.add("supplyDeadline", "intermediateCatchEvent", "补齐期限届满", 12, -2.85, W, body=timer("=tolerantDays"))
    d.add("revokeCase", "serviceTask", "撤销办件", 12.8, -2.85, W, svc("RevokeCase"))
    d.add("supplyRevoked", "endEvent", "办件已撤销", 13.6, -2.85, W, body=error("caseRevokedError"))
    d.boundary("revocation", W, "办件已撤销", "bottom", 0.9, error("caseRevokedError"))
    d.add("caseRevoked", "endEvent", "逾期未补，撤销", col_of(d, "revocation"), -1.4, body=TERMINATE)
    d.add("accepted", "exclusiveGateway", "受理", 13, 0)
    d.add("startClock", "serviceTask", "受理并启动法定时限", 14, 0, attrs=svc("StartStatutoryClock"))

    d.flow("acceptable", "tolerable")
    d.flow("tolerable", "acceptTolerant", "容缺", "=missingTolerable > 0 and missingPrimary = 0 and badCredit = false")
    d.flow("tolerable", "accepted", "齐全受理", default=True)
    d.flow("acceptTolerant", "tolerantSplit")
    d.flow("tolerantSplit", "accepted")
    d.flow("tolerantSplit", W)
    d.flow("supplyStarted", "awaitSupply")
    d.flow("awaitSupply", "materialsSupplied")
    d.flow("awaitSupply", "supplyDeadline")
    d.flow("materialsSupplied", "recordSupply")
    d.flow("recordSupply", "supplied")
    d.flow("supplyDeadline", "revokeCase")
    d.flow("revokeCase", "supplyRevoked")
    d.flow("revocation", "caseRevoked")
    d.flow("accepted", "startClock")
    return 14


def approval(d, parent, key, name, department, col, row, limit, items, refusal=True, extension=None):
    """merge → review (yellow warning, overdue → 督办 → back) → 通过？ Returns (entry id, gateway id).

    items: the catalog item codes the review decides (gov:items on every task of the approval).
    """
    cap = key[0].upper() + key[1:]
    retry, task, gw = f"{key}Retry", f"review{cap}", f"{key}Approved"
    d.add(retry, "exclusiveGateway", "（重新）审查", col, row, parent)
    d.add(task, "userTask", name, col + 1, row, parent, user(departments=department, items=items, extra={"gov:formKey": "review"}))
    d.add(gw, "exclusiveGateway", "准予？", col + 2, row, parent)
    d.flow(retry, task)
    d.flow(task, gw)
    d.boundary(f"{key}Warning", task, "黄色预警", "bottom", 0.25, timer(f"=floor({limit} * 0.8)"), cancel=False)
    d.add(f"{key}Warned", "endEvent", "预警上报", col + 1 - 25 / COLW, row + 1.1, parent, body=escalation("yellowWarningEscalation"))
    d.flow(f"{key}Warning", f"{key}Warned")
    d.boundary(f"{key}Overdue", task, "超期", "bottom", 0.75, timer(f"={limit}"))
    d.add(f"supervise{cap}", "userTask", "超期督办", col + 1.9, row + 1.3, parent, user("supervisor", items=items, extra={"gov:formKey": "supervision"}))
    d.flow(f"{key}Overdue", f"supervise{cap}")
    d.flow(f"supervise{cap}", retry, route=("back", row + 2.0))
    if refusal:
        d.add(f"{key}Refused", "endEvent", "不予许可", col + 2, row - 0.9, parent, body=error("itemRefusedError"))
        d.flow(gw, f"{key}Refused", "不予许可", default=True)
    if extension:
        ecol, erow = extension
        d.boundary(f"{key}ExtensionRequested", task, "申请延期", "top", 0.5, message("extensionRequestedMessage"), cancel=False)
        d.add(f"approve{cap}Extension", "userTask", "延期审批", ecol, erow, parent, user("approver-head", departments=department, items=items, extra={"gov:formKey": "extension"}))
        d.add(f"extend{cap}Deadline", "serviceTask", "延长办理时限", ecol + 1, erow, parent, svc("ExtendDeadline", items, extends=task))
        d.add(f"{key}Extended", "endEvent", "延期已处理", ecol + 1.8, erow, parent)
        d.flow(f"{key}ExtensionRequested", f"approve{cap}Extension")
        d.flow(f"approve{cap}Extension", f"extend{cap}Deadline")
        d.flow(f"extend{cap}Deadline", f"{key}Extended")
    return retry, gw


def suspension(d, parent, col, row):
    """Event sub-process: 暂停计时 (site inspection, testing, expert review) until resumed."""
    d.add("suspension", "subProcess", "暂停计时（踏勘、检测、专家评审）", 0, 0, parent, {"triggeredByEvent": "true"})
    d.add("suspendRequested", "startEvent", "申请暂停", col, row, "suspension", {"isInterrupting": "false"}, message("suspendMessage"))
    d.add("suspendClock", "serviceTask", "暂停法定时限", col + 1, row, "suspension", svc("SuspendClock"))
    d.add("resumed", "intermediateCatchEvent", "恢复办理", col + 2, row, "suspension", body=message("resumeMessage"))
    d.add("resumeClock", "serviceTask", "恢复法定时限", col + 3, row, "suspension", svc("ResumeClock"))
    d.add("suspensionEnded", "endEvent", "计时已恢复", col + 4, row, "suspension")
    d.flow("suspendRequested", "suspendClock")
    d.flow("suspendClock", "resumed")
    d.flow("resumed", "resumeClock")
    d.flow("resumeClock", "suspensionEnded")


def col_of(d, node_id):
    x, y, w, h = d.nodes[node_id].bounds()
    return (x + w / 2 - X0) / COLW


def bottom_row(d, node_id):
    from bpmnlayout import Y0, ROWH
    x, y, w, h = d.nodes[node_id].bounds()
    return (y + h - Y0) / ROWH


def back_office(d, b, items, tolerant, post_check=None, certificate="制证"):
    """决定 → 制证 → 出件 → 好差评 (差评回访), optionally 告知承诺 post-check. b: first column.

    items: every item of the bundle. tolerant: the join before decide also waits for the 容缺 materials (supplyWindow;
    an inclusive join, so it fires at once when no supply is pending). post_check: the items of the 告知承诺 post-check.
    """
    if tolerant:
        d.add("toDecision", "inclusiveGateway", "汇总（待补齐容缺材料）", b, 0)
    else:
        d.add("toDecision", "exclusiveGateway", "汇总", b, 0)
    d.add("decide", "serviceTask", "决定", b + 1, 0, attrs=svc("Decide", items))
    d.add("granted", "exclusiveGateway", "准予？", b + 2, 0)
    d.add("issueCertificate", "serviceTask", certificate, b + 3, 0, attrs=svc("IssueCertificate", items))
    d.add("toDelivery", "exclusiveGateway", "待出件", b + 4, 0)
    d.add("deliver", "serviceTask", "出件", b + 5, 0, attrs=svc("Deliver", items))
    if tolerant:
        d.flow("supplyWindow", "toDecision")
    d.flow("toDecision", "decide")
    d.flow("decide", "granted")
    d.flow("granted", "issueCertificate", "准予", "=granted = true")
    d.flow("granted", "toDelivery", "不予许可：送达决定书", default=True, route=("over", -1.0))
    d.flow("issueCertificate", "toDelivery")
    d.flow("toDelivery", "deliver")
    r = b + 6
    if post_check:
        d.add("afterDelivery", "parallelGateway", "评价与核查并行", r, 0)
        d.flow("deliver", "afterDelivery")
        d.add("committed", "exclusiveGateway", "告知承诺？", r + 1, -1.5)
        d.add("noPostCheck", "endEvent", "无需核查", r + 1, -2.7)
        d.add("postCheckDue", "intermediateCatchEvent", "核查时间到", r + 2, -1.5, body=timer("=postCheckDays"))
        d.add("postCheck", "userTask", "核查（告知承诺）", r + 3, -1.5, attrs=user(departments="SFS-DCQ-SCJGJ", items=post_check, extra={"gov:formKey": "post-check"}))
        d.add("postCheckPassed", "exclusiveGateway", "核查属实？", r + 4, -1.5)
        d.add("commitmentKept", "endEvent", "核查通过", r + 5, -1.5)
        d.add("revokeDecision", "serviceTask", "撤销许可决定", r + 5, -2.8, attrs=svc("RevokeDecision", post_check))
        d.add("recordBadCredit", "serviceTask", "记入失信记录", r + 6, -2.8, attrs=svc("RecordBadCredit", post_check))
        d.add("decisionRevoked", "endEvent", "许可已撤销", r + 7, -2.8)
        d.flow("afterDelivery", "committed", route=("up",))
        d.flow("committed", "postCheckDue", "告知承诺审批", "=commitmentApproval = true and granted = true")
        d.flow("committed", "noPostCheck", "否", default=True)
        d.flow("postCheckDue", "postCheck")
        d.flow("postCheck", "postCheckPassed")
        d.flow("postCheckPassed", "commitmentKept", "属实", "=postCheckPassed = true")
        d.flow("postCheckPassed", "revokeDecision", "承诺不实", default=True)
        d.flow("revokeDecision", "recordBadCredit")
        d.flow("recordBadCredit", "decisionRevoked")
        d.add("rate", "userTask", "好差评", r + 1, 0, attrs=user("applicant", extra={"gov:formKey": "rating"}))
        d.flow("afterDelivery", "rate")
        r += 1
    else:
        d.add("rate", "userTask", "好差评", r, 0, attrs=user("applicant", extra={"gov:formKey": "rating"}))
        d.flow("deliver", "rate")
    d.add("rated", "exclusiveGateway", "差评？", r + 1, 0)
    d.add("closed", "endEvent", "办结", r + 3, 0)
    d.add("ratingFollowUp", "userTask", "差评整改回访", r + 2, 1.3, attrs=user("supervisor", extra={"gov:formKey": "follow-up"}))
    d.add("followedUp", "endEvent", "回访完成", r + 3, 1.3)
    d.boundary("followUpOverdue", "ratingFollowUp", "回访超期", "bottom", 0.5, timer("=followUpDays"), cancel=False)
    d.add("superviseFollowUp", "userTask", "回访督办", r + 3, 2.6, attrs=user("supervisor", extra={"gov:formKey": "supervision"}))
    d.add("followUpSupervised", "endEvent", "督办完成", r + 4, 2.6)
    d.flow("rate", "rated")
    d.flow("rated", "ratingFollowUp", "差评", "=rating <= 2")
    d.flow("rated", "closed", "满意", default=True)
    d.flow("ratingFollowUp", "followedUp")
    d.flow("followUpOverdue", "superviseFollowUp")
    d.flow("superviseFollowUp", "followUpSupervised")


def write(d, name):
    with open(os.path.join(ROOT, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(d.xml())


def restaurant():
    d = Diagram("restaurantOpening", "开办餐饮店一件事",
                "开办餐饮店一件事: BUSINESS-LICENCE, FOOD-BUSINESS-PERMIT (告知承诺), OUTDOOR-SIGN; 并联审批, 容缺受理")
    d.process_attrs["gov:materialPolicy"] = "tolerant"
    declare_common(d, tolerant=True, extension=True, suspension=True, refusal=True)
    items = ["BUSINESS-LICENCE", "FOOD-BUSINESS-PERMIT", "OUTDOOR-SIGN"]
    c = front_desk(d, tolerant=True)
    s = c + 1
    d.add("parallelReview", "subProcess", "并联审批", 0, 0)
    P = "parallelReview"
    d.add("reviewStarted", "startEvent", "开始并联审批", s + 0.3, 0, P)
    d.add("reviewSplit", "parallelGateway", "并联分发", s + 1, 0, P)
    d.add("reviewJoin", "parallelGateway", "并联汇合", s + 8, 0, P)
    d.add("reviewDone", "endEvent", "审批完成", s + 9, 0, P)
    d.flow("reviewStarted", "reviewSplit")

    e, g = approval(d, P, "businessLicence", "营业执照审查", "SFS-DCQ-SCJGJ", s + 2, 0, "businessLicenceLimit", ["BUSINESS-LICENCE"])
    d.flow("reviewSplit", e)
    d.flow(g, "reviewJoin", "准予", "=approved = true")

    d.add("commitmentChosen", "exclusiveGateway", "告知承诺？", s + 2, 3.6, P)
    d.add("approveOnCommitment", "serviceTask", "告知承诺审批", s + 4, 2.2, P, svc("ApproveOnCommitment", ["FOOD-BUSINESS-PERMIT"]))
    e, g = approval(d, P, "foodPermit", "食品经营许可审查", "SFS-DCQ-SCJGJ", s + 3, 3.6, "foodPermitLimit", ["FOOD-BUSINESS-PERMIT"])
    d.flow("reviewSplit", "commitmentChosen", route=("down",))
    d.flow("commitmentChosen", "approveOnCommitment", "承诺审批", "=commitmentApproval = true")
    d.flow("commitmentChosen", e, "一般程序", default=True)
    d.add("foodPermitDone", "exclusiveGateway", "食品经营许可办结", s + 6.5, 3.6, P)
    d.flow("approveOnCommitment", "foodPermitDone")
    d.flow(g, "foodPermitDone", "准予", "=approved = true")
    d.flow("foodPermitDone", "reviewJoin")

    e, g = approval(d, P, "outdoorSign", "户外招牌设置审查", "SFS-DCQ-CGJ", s + 2, 8, "outdoorSignLimit", ["OUTDOOR-SIGN"],
                    extension=(s + 5, 6.6))
    d.flow("reviewSplit", e, route=("down",))
    d.flow(g, "reviewJoin", "准予", "=approved = true")
    d.flow("reviewJoin", "reviewDone")
    suspension(d, P, s + 1.5, 11.3)

    d.flow("startClock", P)
    d.boundary("itemRefused", P, "不予许可", "bottom", 0.97, error("itemRefusedError"))
    b = s + 11
    back_office(d, b, items, tolerant=True, post_check=["FOOD-BUSINESS-PERMIT"], certificate="制证（一业一证）")
    d.flow(P, "toDecision")
    d.flow("itemRefused", "toDecision", route=("back", bottom_row(d, P) + 0.5))
    write(d, "restaurant-opening.bpmn")


def company():
    d = Diagram("companyOpening", "企业开办",
                "企业开办: COMPANY-REGISTRATION, then SEAL-ENGRAVING, TAX-REGISTRATION, BANK-ACCOUNT-RECORD, "
                "SOCIAL-INSURANCE-ENROLMENT in parallel; promised within 1 working day")
    d.process_attrs["gov:materialPolicy"] = "strict"
    declare_common(d, tolerant=False, extension=False, suspension=False, refusal=True)
    codes = {"registration": "COMPANY-REGISTRATION", "seal": "SEAL-ENGRAVING", "tax": "TAX-REGISTRATION",
             "bankAccount": "BANK-ACCOUNT-RECORD", "socialInsurance": "SOCIAL-INSURANCE-ENROLMENT"}
    c = front_desk(d, tolerant=False)
    s = c + 1
    P = "sameDayHandling"
    d.add(P, "subProcess", "企业开办（1 个工作日办结）", 0, 0)
    d.add("handlingStarted", "startEvent", "开始办理", s + 0.3, 0, P)
    e, g = approval(d, P, "registration", "企业设立登记", "SFS-SCJGJ", s + 1, 0, "registrationLimit", [codes["registration"]])
    d.flow("handlingStarted", e)
    d.add("afterRegistration", "parallelGateway", "并联分发", s + 4, 0, P)
    d.flow(g, "afterRegistration", "准予", "=approved = true")
    d.add("handlingJoin", "parallelGateway", "并联汇合", s + 8, 0, P)
    d.add("handlingDone", "endEvent", "办理完成", s + 9, 0, P)
    items = [("seal", "公章刻制备案", "SFS-GAJ"), ("tax", "新办纳税人涉税事项", "SFS-SWJ"),
             ("bankAccount", "银行开户信息备案", "SFS-RMYH"), ("socialInsurance", "单位参保登记", "SFS-RSJ")]
    for i, (key, name, dept) in enumerate(items):
        row = i * 3.2
        e, g = approval(d, P, key, name, dept, s + 5, row, f"{key}Limit", [codes[key]])
        d.flow("afterRegistration", e, route=("down",) if row else None)
        d.flow(g, "handlingJoin", "准予", "=approved = true")
    d.flow("handlingJoin", "handlingDone")
    d.flow("startClock", P)
    d.boundary("sameDayOverdue", P, "当日未办结", "bottom", 0.5, timer("0", "=acceptedOn"), cancel=False)
    bc, br = col_of(d, "sameDayOverdue"), bottom_row(d, P)
    d.add("superviseSameDay", "userTask", "超时督办", bc + 1, br + 1.0, attrs=user("supervisor", items=list(codes.values()), extra={"gov:formKey": "supervision"}))
    d.add("sameDaySupervised", "endEvent", "督办完成", bc + 2, br + 1.0)
    d.flow("sameDayOverdue", "superviseSameDay")
    d.flow("superviseSameDay", "sameDaySupervised")
    d.boundary("itemRefused", P, "不予办理", "bottom", 0.97, error("itemRefusedError"))
    back_office(d, s + 11, list(codes.values()), tolerant=False, certificate="制证（营业执照、印章、发票）")
    d.flow(P, "toDecision")
    d.flow("itemRefused", "toDecision", route=("back", br + 0.5))
    write(d, "company-opening.bpmn")


def completion():
    d = Diagram("completionAcceptance", "工程建设项目竣工联合验收",
                "工程建设项目竣工联合验收: planning, fire, civil air defence, archives, completion filing; "
                "joint acceptance per department with rectification; 15 working days")
    d.process_attrs["gov:materialPolicy"] = "tolerant"
    declare_common(d, tolerant=True, extension=True, suspension=True, refusal=False)
    # Which item an inspection decides depends on its department (SFS-ZJJ handles two), so the inspection tasks carry
    # no gov:items; the tasks around the whole joint acceptance carry all of them.
    items = ["PLANNING-VERIFICATION", "FIRE-ACCEPTANCE", "CIVIL-AIR-DEFENCE-ACCEPTANCE", "CONSTRUCTION-ARCHIVES-ACCEPTANCE",
             "COMPLETION-ACCEPTANCE-FILING"]
    c = front_desk(d, tolerant=True)
    s = c + 2
    J, I = "jointAcceptance", "inspections"
    d.add(J, "subProcess", "联合验收（15 个工作日）", 0, 0)
    d.add("acceptanceStarted", "startEvent", "开始联合验收", s + 0.3, 0, J)
    d.add(I, "subProcess", "各部门现场验收", 0, 0, J, body=(
        '<bpmn:multiInstanceLoopCharacteristics gov:collection="=inspectingDepartments" gov:elementVariable="department" />'))
    d.add("inspectionStarted", "startEvent", "开始验收", s + 1.5, 0, I)
    d.add("reinspect", "exclusiveGateway", "（复）验", s + 2.2, 0, I)
    d.add("inspect", "userTask", "现场验收", s + 3.2, 0, I, user(departments="=department", extra={"gov:formKey": "inspection"}))
    d.add("inspected", "exclusiveGateway", "验收合格？", s + 4.2, 0, I)
    d.add("rectify", "userTask", "整改", s + 5.2, -1.3, I, user("applicant", extra={"gov:formKey": "rectification"}))
    d.add("inspectionPassed", "endEvent", "本部门验收合格", s + 6.2, 0, I)
    d.flow("inspectionStarted", "reinspect")
    d.flow("reinspect", "inspect")
    d.flow("inspect", "inspected")
    d.flow("inspected", "inspectionPassed", "合格", "=passed = true")
    d.flow("inspected", "rectify", "不合格", default=True)
    d.flow("rectify", "reinspect", "整改完成，复验", route=("over", -2.2))
    d.boundary("inspectionWarning", "inspect", "黄色预警", "bottom", 0.25, timer("=floor(inspectionLimit * 0.8)"), cancel=False)
    d.add("inspectionWarned", "endEvent", "预警上报", s + 3.2 - 25 / COLW, 1.1, I, body=escalation("yellowWarningEscalation"))
    d.boundary("inspectionOverdue", "inspect", "超期", "bottom", 0.75, timer("=inspectionLimit"))
    d.add("superviseInspection", "userTask", "超期督办", s + 4.1, 1.3, I, user("supervisor", extra={"gov:formKey": "supervision"}))
    d.flow("inspectionWarning", "inspectionWarned")
    d.flow("inspectionOverdue", "superviseInspection")
    d.flow("superviseInspection", "reinspect", route=("back", 2.0))
    d.add("acceptanceDone", "endEvent", "全部验收合格", s + 7.7, 0, J)
    d.flow("acceptanceStarted", I)
    d.flow(I, "acceptanceDone")
    suspension(d, J, s + 1.5, 3.6)

    d.flow("startClock", J)
    jb = bottom_row(d, J)
    d.boundary("acceptanceOverdue", J, "15 个工作日届满", "bottom", 0.2, timer("15", "=acceptedOn"))
    d.add("superviseAcceptance", "userTask", "超期督办并决定", col_of(d, "acceptanceOverdue") + 1, jb + 1.0,
          attrs=user("supervisor", items=items, extra={"gov:formKey": "supervision"}))
    d.flow("acceptanceOverdue", "superviseAcceptance")
    d.boundary("acceptanceExtensionRequested", J, "申请延期", "bottom", 0.6, message("extensionRequestedMessage"), cancel=False)
    ec = col_of(d, "acceptanceExtensionRequested")
    d.add("approveAcceptanceExtension", "userTask", "延期审批", ec + 1, jb + 2.2, attrs=user("approver-head", departments="SFS-ZJJ", items=items, extra={"gov:formKey": "extension"}))
    d.add("extendAcceptanceDeadline", "serviceTask", "延长办理时限", ec + 2, jb + 2.2, attrs=svc("ExtendDeadline", items, extends=J))
    d.add("acceptanceExtended", "endEvent", "延期已处理", ec + 2.8, jb + 2.2)
    d.flow("acceptanceExtensionRequested", "approveAcceptanceExtension")
    d.flow("approveAcceptanceExtension", "extendAcceptanceDeadline")
    d.flow("extendAcceptanceDeadline", "acceptanceExtended")
    b = s + 10
    back_office(d, b, items, tolerant=True, certificate="出具联合验收意见书")
    d.flow(J, "toDecision")
    d.flow("superviseAcceptance", "toDecision")
    write(d, "completion-acceptance.bpmn")


def newborn():
    d = Diagram("newborn", "新生儿出生一件事",
                "新生儿出生一件事: BIRTH-MEDICAL-CERTIFICATE, HOUSEHOLD-BIRTH-REGISTRATION, then "
                "RESIDENT-MEDICAL-INSURANCE-ENROLMENT and SOCIAL-SECURITY-CARD-APPLICATION in parallel; 容缺受理")
    d.process_attrs["gov:materialPolicy"] = "tolerant"
    declare_common(d, tolerant=True, extension=True, suspension=False, refusal=True)
    items = ["BIRTH-MEDICAL-CERTIFICATE", "HOUSEHOLD-BIRTH-REGISTRATION", "RESIDENT-MEDICAL-INSURANCE-ENROLMENT",
             "SOCIAL-SECURITY-CARD-APPLICATION"]
    c = front_desk(d, tolerant=True)
    s = c + 1
    P = "linkedHandling"
    d.add(P, "subProcess", "联办", 0, 0)
    d.add("handlingStarted", "startEvent", "开始联办", s + 0.3, 0, P)
    e, g = approval(d, P, "birthCertificate", "出生医学证明签发", "SFS-WJW", s + 1, 0, "birthCertificateLimit", [items[0]])
    d.flow("handlingStarted", e)
    e2, g2 = approval(d, P, "household", "出生登记（落户）", "SFS-DCQ-XHJD-PCS", s + 4, 0, "householdLimit", [items[1]])
    d.flow(g, e2, "准予", "=approved = true")
    d.add("afterHousehold", "parallelGateway", "并联分发", s + 7, 0, P)
    d.flow(g2, "afterHousehold", "准予", "=approved = true")
    d.add("handlingJoin", "parallelGateway", "并联汇合", s + 13.5, 0, P)
    d.add("handlingDone", "endEvent", "联办完成", s + 14.3, 0, P)
    e, g = approval(d, P, "medicalInsurance", "居民医保参保登记", "SFS-DCQ-YBJ", s + 8, 0, "medicalInsuranceLimit", [items[2]])
    d.flow("afterHousehold", e)
    d.flow(g, "handlingJoin", "准予", "=approved = true")
    e, g = approval(d, P, "socialSecurityCard", "社会保障卡申领", "SFS-DCQ-RSJ", s + 8, 4.6, "socialSecurityCardLimit", [items[3]],
                    extension=(s + 11, 3.3))
    d.flow("afterHousehold", e, route=("down",))
    d.flow(g, "handlingJoin", "准予", "=approved = true")
    d.flow("handlingJoin", "handlingDone")
    d.flow("startClock", P)
    d.boundary("itemRefused", P, "不予办理", "bottom", 0.97, error("itemRefusedError"))
    back_office(d, s + 16, items, tolerant=True, certificate="制证（出生医学证明、户口簿、社保卡）")
    d.flow(P, "toDecision")
    d.flow("itemRefused", "toDecision", route=("back", bottom_row(d, P) + 0.5))
    write(d, "newborn.bpmn")


if __name__ == "__main__":
    os.makedirs(ROOT, exist_ok=True)
    restaurant()
    company()
    completion()
    newborn()
